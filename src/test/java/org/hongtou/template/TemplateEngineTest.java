package org.hongtou.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.document.Style;
import org.hongtou.model.Colophon;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.RedHeader;
import org.hongtou.model.Report;
import org.hongtou.model.Section;
import org.hongtou.model.Signature;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

    private final TemplateEngine engine = new TemplateEngine(Path.of("templates"));
    private final MarkupParser parser = new MarkupParser();

    private static Report report(String title, List<Part> parts) {
        return new Report(null, "木叶乡人民政府", 2023,
                new RedHeader(null, null, null, null, null, "木政〔2024〕3号", List.of("张三")),
                title, List.of("县委全面依法治县委员会办公室"), List.of("现将有关情况报告如下："), parts,
                List.of("特此报告。"), List.of(), new Signature(null, LocalDate.of(2024, 1, 5), false),
                "此件公开发布", new Colophon(List.of("县司法局"), "木叶乡党政办公室", null));
    }

    @Test
    void titleDefaultsFromAuthorityAndYear() {
        Document doc = parser.parse(engine.render(report(null, List.of())));
        Block.Title title = (Block.Title) doc.blocks().get(0);
        assertThat(title.text()).isEqualTo("木叶乡人民政府关于2023年法治政府建设情况的报告");
    }

    @Test
    void numberingIsGeneratedLevelByLevel() {
        Section deep = new Section("第四层", false, List.of("四"), List.of());
        Section third = new Section("第三层", false, List.of("三"), List.of(deep));
        Section second = new Section("加强组织领导", true, List.of("正文一", "正文二"), List.of(third));
        Part part = new Part(PartRole.MEASURES, null, List.of(), List.of(second, second));
        Document doc = parser.parse(engine.render(report(null, List.of(part, part))));
        List<String> texts = doc.blocks().stream().map(TemplateEngineTest::describe).toList();
        assertThat(texts).containsSubsequence(
                "h1:一、2023年推进法治政府建设的主要举措和成效",
                "H2:（一）加强组织领导。正文一", "BODY:正文二", "h3:1.第三层", "BODY:三", "h4:（1）第四层",
                "H2:（二）加强组织领导。正文一", "h1:二、2023年推进法治政府建设的主要举措和成效");
    }

    private static String describe(Block b) {
        if (b instanceof Block.Heading h) {
            return "h" + h.level() + ":" + h.text();
        }
        if (b instanceof Block.Paragraph p) {
            return p.runs().get(0).style() + ":" + p.text();
        }
        return b.getClass().getSimpleName();
    }

    @Test
    void runInHeadingKeepsItsOwnStop() {
        Section s = new Section("加强组织领导？", true, List.of("正文"), List.of());
        Document doc = parser.parse(engine.render(report(null, List.of(new Part(PartRole.CUSTOM, "主题", null, List.of(s))))));
        Block.Paragraph p = doc.blocks().stream().filter(b -> b instanceof Block.Paragraph q
                && q.runs().get(0).style() == Style.H2).map(Block.Paragraph.class::cast).findFirst().orElseThrow();
        assertThat(p.runs().get(0).text()).isEqualTo("（一）加强组织领导？");
    }

    @Test
    void userTextIsEscapedNotInterpreted() {
        Document doc = parser.parse(engine.render(report("<b>${x}</b> & 报告", List.of())));
        assertThat(((Block.Title) doc.blocks().get(0)).text()).isEqualTo("<b>${x}</b> & 报告");
    }

    @Test
    void headerSignatureAndColophonReachTheTree() {
        Document doc = parser.parse(engine.render(report(null, List.of())));
        assertThat(doc.header().markNames()).containsExactly("木叶乡人民政府");
        assertThat(doc.header().markSuffix()).isEqualTo("文件");
        assertThat(doc.header().signers()).containsExactly("张三");
        assertThat(doc.blocks()).contains(new Block.Signature("木叶乡人民政府", "2024年1月5日", false),
                new Block.Note("（此件公开发布）"));
        assertThat(doc.colophon().printDate()).isEqualTo("2024年1月5日");
        assertThat(doc.meta().author()).isEqualTo("木叶乡人民政府");
    }

    @Test
    void unknownTemplateIsReportedByName() {
        Report r = report(null, List.of());
        Report other = new Report("no-such", r.authority(), r.year(), r.header(), r.title(), r.recipients(),
                r.opening(), r.parts(), r.closing(), r.attachments(), r.signature(), r.note(), r.colophon());
        assertThatThrownBy(() -> engine.render(other)).isInstanceOf(TemplateNotFoundException.class);
        assertThat(engine.names()).contains("fazhi-report");
    }
}
