package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.hongtou.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextImportTest {

    private final ImportService service = new ImportService();

    private ImportResult imp(String text) {
        return service.importText(text.getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String path) throws IOException {
        try (InputStream in = TextImportTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean changed(ImportResult r, String code) {
        return r.changes().stream().anyMatch(c -> c.code().equals(code));
    }

    private static final String BODY = "2023年，我乡坚持依法行政。现将有关情况报告如下：\n";

    // ---- heading levels ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "（一）加强领导|2", "(一)加强领导|2", "1.加强领导|3", "1。加强领导|3", "1．加强领导|3", "（1）加强领导|4", "(1)加强领导|4"})
    void eachNumberingStyleIsASectionUnderThePart(String heading, int nominalLevel) {
        ImportResult r = imp("木叶乡人民政府关于2023年法治政府建设情况的报告\n" + BODY
                + "一、主要举措和成效\n" + heading + "\n正文一段。\n");
        Part part = r.report().parts().get(0);
        assertThat(part.sections()).hasSize(1);
        Section s = part.sections().get(0);
        assertThat(s.title()).isEqualTo("加强领导");
        assertThat(s.runIn()).isFalse();
        assertThat(s.paragraphs()).containsExactly("正文一段。");
        assertThat(changed(r, "heading-level-promoted")).isEqualTo(nominalLevel > 2);
    }

    @Test
    void fourLevelsNestInOrder() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n" + BODY
                + "一、主要举措和成效\n（一）健全机制\n1.决策程序\n（1）合法性审查。全年审查12件。\n（2）集体讨论。全年讨论8次。\n2.文件管理\n正文。\n");
        Section second = r.report().parts().get(0).sections().get(0);
        assertThat(second.title()).isEqualTo("健全机制");
        assertThat(second.sections()).extracting(Section::title).containsExactly("决策程序", "文件管理");
        List<Section> fourth = second.sections().get(0).sections();
        assertThat(fourth).extracting(Section::title).containsExactly("合法性审查", "集体讨论");
        assertThat(fourth.get(0).runIn()).isTrue();
        assertThat(fourth.get(0).paragraphs()).containsExactly("全年审查12件。");
        assertThat(changed(r, "heading-level-promoted")).isFalse();
    }

    @Test
    void runInHeadingSplitsAtItsFirstStop() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n（一）加强组织领导。木叶乡严格落实普法工作。\n");
        Section s = r.report().parts().get(0).sections().get(0);
        assertThat(s.runIn()).isTrue();
        assertThat(s.title()).isEqualTo("加强组织领导");
        assertThat(s.paragraphs()).containsExactly("木叶乡严格落实普法工作。");
    }

    @Test
    void runInHeadingKeepsAColonAsItsOwnStop() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n（一）主要做法：一是加强学习。\n");
        Section s = r.report().parts().get(0).sections().get(0);
        assertThat(s.title()).isEqualTo("主要做法：");
        assertThat(s.paragraphs()).containsExactly("一是加强学习。");
    }

    @Test
    void enumerationsWithYiShiStayText() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、存在的不足和原因\n一是意识不强。二是机制不全。\n三是宣传单一。\n");
        Part p = r.report().parts().get(0);
        assertThat(p.sections()).isEmpty();
        assertThat(p.paragraphs()).containsExactly("一是意识不强。二是机制不全。", "三是宣传单一。");
        assertThat(p.role()).isEqualTo(PartRole.SHORTCOMINGS);
    }

    @Test
    void headingsOutOfSequenceAreRenumberedByPositionAndListed() throws IOException {
        ImportResult r = service.importText(resource("/importer/hexi-2024.txt").getBytes(StandardCharsets.UTF_8));
        assertThat(r.report().parts().get(0).sections()).extracting(Section::title)
                .containsExactly("加强组织领导", "规范行政决策", "化解矛盾纠纷");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("heading-renumbered") && c.before().equals("（四）"));
    }

    @Test
    void decimalFiguresAreNotHeadings() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n1.5万人次参加了学习。\n");
        assertThat(r.report().parts().get(0).sections()).isEmpty();
        assertThat(r.report().parts().get(0).paragraphs()).containsExactly("1.5万人次参加了学习。");
    }

    // ---- titles ----

    @Test
    void twoLineTitleIsJoinedAndNamesTheAuthority() throws IOException {
        Report r = imp(resource("/samples/muye-2023.txt")).report();
        assertThat(r.title()).isEqualTo("木叶乡人民政府关于2023年法治政府建设工作情况的报告");
        assertThat(r.authority()).isEqualTo("木叶乡人民政府");
        assertThat(r.year()).isEqualTo(2023);
    }

    @Test
    void authorityBlankLineTitleIsOneTitle() throws IOException {
        Report r = imp(resource("/samples/guanyinsi-2024.txt")).report();
        assertThat(r.title()).isEqualTo("鲁山县观音寺乡人民政府关于2024年法治政府建设情况的报告");
        assertThat(r.authority()).isEqualTo("鲁山县观音寺乡人民政府");
        assertThat(r.parts()).extracting(Part::role).containsExactly(
                PartRole.LEADERSHIP, PartRole.MEASURES, PartRole.SHORTCOMINGS, PartRole.PLANS);
    }

    @Test
    void missingTitleIsLeftToTheTemplateAndTheAuthorityGuessedFromTheText() throws IOException {
        ImportResult r = imp(resource("/samples/gunziying-2023.txt"));
        assertThat(r.report().title()).isNull();
        assertThat(r.report().authority()).isEqualTo("磙子营乡人民政府");
        assertThat(r.report().year()).isEqualTo(2023);
        assertThat(changed(r, "title-derived")).isTrue();
        assertThat(changed(r, "authority-guessed")).isTrue();
        assertThat(r.report().opening()).hasSize(1);
    }

    @Test
    void titleBrokenAfterGuanYuIsJoined() {
        Report r = imp("城关县司法局关于2023年法治政府建设\n工作情况的报告\n" + BODY).report();
        assertThat(r.title()).isEqualTo("城关县司法局关于2023年法治政府建设工作情况的报告");
        assertThat(r.authority()).isEqualTo("城关县司法局");
    }

    // ---- head and tail of the 公文 ----

    @Test
    void countyDepartmentReportReadsEveryElement() throws IOException {
        ImportResult r = imp(resource("/importer/sifaju-2023.txt"));
        Report rep = r.report();
        assertThat(rep.authority()).isEqualTo("城关县司法局");
        assertThat(rep.recipients()).containsExactly("县委全面依法治县委员会办公室");
        assertThat(rep.opening().get(0)).startsWith("2023年，县司法局");
        assertThat(rep.parts()).extracting(Part::role).containsExactly(
                PartRole.MEASURES, PartRole.SHORTCOMINGS, PartRole.LEADERSHIP, PartRole.PLANS);
        assertThat(rep.closing()).containsExactly("特此报告。");
        assertThat(rep.attachments()).containsExactly("城关县2023年行政执法数据统计表", "城关县2023年法律援助案件统计表");
        assertThat(rep.signature().date()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(rep.signature().authority()).isNull();
        assertThat(rep.note()).isEqualTo("此件公开发布");
        assertThat(rep.colophon().cc()).containsExactly("县人民政府办公室", "市司法局");
        assertThat(rep.colophon().printer()).isEqualTo("城关县司法局办公室");
        assertThat(rep.colophon().printDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        Section first = rep.parts().get(0).sections().get(0);
        assertThat(first.runIn()).isFalse();
        assertThat(first.sections()).extracting(Section::title).containsExactly("落实重大行政决策程序", "加强规范性文件监督管理");
        // "（1）" directly under "（二）" skips level 3: it becomes level 3 and is listed.
        assertThat(rep.parts().get(0).sections().get(1).sections()).hasSize(2);
        assertThat(changed(r, "heading-level-promoted")).isTrue();
    }

    @Test
    void redHeaderLinesBecomeTheHeader() throws IOException {
        ImportResult r = imp(resource("/importer/hexi-2024.txt"));
        Report rep = r.report();
        assertThat(rep.header()).isNotNull();
        assertThat(rep.header().number()).isEqualTo("河政〔2025〕5号");
        assertThat(rep.header().signers()).containsExactly("周平");
        assertThat(rep.header().authorities()).isEmpty();
        assertThat(rep.authority()).isEqualTo("河西镇人民政府");
        assertThat(rep.recipients()).containsExactly("县委依法治县办");
        assertThat(rep.signature().date()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(rep.parts()).extracting(Part::role).containsExactly(
                PartRole.MEASURES, PartRole.SHORTCOMINGS, PartRole.PLANS);
        assertThat(r.changes()).anyMatch(c -> c.code().equals("part-missing") && c.before().equals("leadership"));
    }

    @Test
    void signersSeparatedBySpacesAndPaddedTwoCharacterNamesAreRead() {
        assertThat(HeadReader.signers("刘志强 陈静")).containsExactly("刘志强", "陈静");
        assertThat(HeadReader.signers("周  平")).containsExactly("周平");
        assertThat(HeadReader.signers("周\u3000平、李四")).containsExactly("周平", "李四");
    }

    @Test
    void titleWithoutGuanYuNamesTheAuthorityBeforeTheYear() {
        Report r = imp("城关街道办事处2023年法治政府建设年度报告\n今年以来，我街道坚持依法行政。\n一、主要工作开展情况\n正文。\n").report();
        assertThat(r.title()).isEqualTo("城关街道办事处2023年法治政府建设年度报告");
        assertThat(r.authority()).isEqualTo("城关街道办事处");
        assertThat(r.parts().get(0).role()).isEqualTo(PartRole.MEASURES);
    }

    @Test
    void threeLineTitleIsJoined() {
        Report r = imp("鲁山县观音寺乡人民政府\n关于2024年法治政府建设\n情况的报告\n2024年以来，我乡坚持依法行政。\n").report();
        assertThat(r.title()).isEqualTo("鲁山县观音寺乡人民政府关于2024年法治政府建设情况的报告");
        assertThat(r.authority()).isEqualTo("鲁山县观音寺乡人民政府");
    }

    @Test
    void pageNumberLinesFromAConversionAreDropped() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n正文第一段。\n- 2 -\n正文第二段。\n第3页 共8页\n");
        assertThat(r.report().parts().get(0).paragraphs()).containsExactly("正文第一段。", "正文第二段。");
        assertThat(changed(r, "page-number-removed")).isTrue();
    }

    // ---- artefacts ----

    @Test
    void bookmarkMarkerIsRemovedAndListed() throws IOException {
        ImportResult r = imp(resource("/importer/sifaju-2023.txt"));
        assertThat(r.report().opening().get(0)).doesNotContain("bookmark").startsWith("2023年");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("bookmark-removed") && c.line() == 5);
    }

    @Test
    void bodyYearContradictingTheTitleIsNoticedNotChanged() throws IOException {
        ImportResult r = imp(resource("/importer/sifaju-2023.txt"));
        assertThat(r.report().year()).isEqualTo(2023);
        assertThat(r.report().opening().get(0)).contains("现将2022年度");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("year-mismatch") && c.kind() == Change.Kind.NOTICED);
    }

    @Test
    void strayCharactersAreCleanedWordsKept() throws IOException {
        ImportResult r = imp(resource("/importer/hexi-2024.txt"));
        Section s = r.report().parts().get(0).sections().get(1);
        assertThat(s.paragraphs().get(0)).isEqualTo("严格落实重大行政决策程序，全年召开镇政府常务会议研究重大事项18项，均经合法性审查。");
        assertThat(r.report().parts().get(1).paragraphs().get(0))
                .isEqualTo("一是部分干部法治意识不强（主要表现在基层执法环节）；二是法治宣传形式单一。");
        assertThat(changed(r, "space-removed")).isTrue();
        assertThat(changed(r, "half-width-punctuation")).isTrue();
    }

    @Test
    void tabsAndHalfWidthPunctuationOfGunziyingAreCleaned() throws IOException {
        ImportResult r = imp(resource("/samples/gunziying-2023.txt"));
        String all = String.join("", ReportText.paragraphs(r.report()));
        assertThat(all).doesNotContain("\t").doesNotContain(";").doesNotContain(",");
        assertThat(all).contains("“八五”普法为总体规划").contains("建设法治化营商环境，强化社会治安综合治理，加大行政强制权力");
        assertThat(changed(r, "page-header-removed")).isTrue();
        assertThat(changed(r, "tab-removed")).isTrue();
    }

    @Test
    void digitsKeepTheirHalfWidthMarks() {
        ImportResult r = imp("关于2023年法治政府建设情况的报告\n一、主要举措和成效\n会议于8:30召开，共1,200人参加(ISO 9001)。\n");
        // Times and thousands keep their marks; brackets in a Chinese sentence are full-width
        // even around Latin text (GB/T 15834).
        assertThat(r.report().parts().get(0).paragraphs()).containsExactly("会议于8:30召开，共1,200人参加（ISO 9001）。");
    }

    @Test
    void gbkTextIsDetectedAndDecoded() throws IOException {
        byte[] gbk = resource("/importer/sifaju-2023.txt").getBytes(Charset.forName("GBK"));
        ImportResult r = service.importText(gbk);
        assertThat(r.report().authority()).isEqualTo("城关县司法局");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("charset") && c.after().equals("GB18030"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/samples/muye-2023.txt", "/samples/gunziying-2023.txt",
            "/samples/guanyinsi-2024.txt", "/importer/hexi-2024.txt", "/importer/shichang-2023.txt"})
    void gb18030CopyOfEachReportImportsLikeTheUtf8One(String path) throws IOException {
        String text = resource(path);
        assertThat(service.importText(text.getBytes(Charset.forName("GB18030"))).report())
                .isEqualTo(service.importText(text.getBytes(StandardCharsets.UTF_8)).report());
    }

    @Test
    void big5TextIsNotMistakenForGbk() {
        String text = "觀音寺鄉人民政府\n關於2024年法治政府建設情況的報告\n2024年以來，我鄉堅持以習近平法治思想為指導，"
                + "認真貫徹落實上級關於法治政府建設的決策部署，現將工作情況報告如下：\n一、主要舉措和成效\n"
                + "（一）強化組織領導。鄉黨委政府將依法行政工作作為工作核心融入到日常工作中，成立了法治建設領導小組。\n";
        ImportResult r = service.importText(text.getBytes(Charset.forName("Big5")));
        // Decoded right; the structure rules are written for Simplified Chinese (关于, 报告).
        assertThat(String.join("", ReportText.paragraphs(r.report()))).contains("2024年以來，我鄉堅持");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("charset") && c.after().equals("Big5"));
    }

    @Test
    void utf8WithBomAndCrLfLineEndsReadsTheSame() throws IOException {
        String text = resource("/importer/sifaju-2023.txt");
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(service.importText(bom).report()).isEqualTo(service.importText(plain).report());
    }

    @Test
    void themeOrganisedReportCountsItsThemesAsMeasures() throws IOException {
        ImportResult r = imp(resource("/samples/muye-2023.txt"));
        assertThat(r.report().parts()).extracting(Part::role).containsExactly(
                PartRole.MEASURES, PartRole.MEASURES, PartRole.MEASURES, PartRole.SHORTCOMINGS);
        assertThat(r.report().parts().get(0).heading()).isEqualTo("强化组织领导，着力提升依法执政水平");
        assertThat(r.changes()).anyMatch(c -> c.code().equals("part-missing") && c.before().equals("plans"));
    }
}
