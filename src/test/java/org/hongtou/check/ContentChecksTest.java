package org.hongtou.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.RedHeader;
import org.hongtou.model.Report;
import org.hongtou.model.Section;
import org.hongtou.model.Signature;
import org.hongtou.validation.Finding;
import org.junit.jupiter.api.Test;

class ContentChecksTest {

    static Report report(String title, List<String> opening, List<Part> parts, LocalDate date, String number) {
        return new Report(null, "木叶乡人民政府", 2023,
                new RedHeader(null, null, null, null, null, number, List.of("张三")), title, List.of("县司法局"),
                opening, parts, List.of("特此报告。"), List.of(), new Signature(null, date, false), null, null);
    }

    static List<Part> allFour() {
        return List.of(new Part(PartRole.MEASURES, null, List.of("措施。"), null),
                new Part(PartRole.SHORTCOMINGS, null, List.of("不足。"), null),
                new Part(PartRole.LEADERSHIP, null, List.of("履职。"), null),
                new Part(PartRole.PLANS, null, List.of("安排。"), null));
    }

    static Report good() {
        return report(null, List.of("现将2023年度情况报告如下："), allFour(), LocalDate.of(2024, 1, 5), "木政〔2024〕3号");
    }

    @Test
    void aReportWithAllFourMandatedPartsRaisesNothing() {
        assertThat(ContentChecks.standard().check(good())).isEmpty();
    }

    @Test
    void reportWithoutLeadershipAndPlansIsIncompleteNamingBoth() {
        Report r = report(null, List.of(), allFour().subList(0, 2), LocalDate.of(2024, 1, 5), null);
        List<Finding> f = new CompletenessCheck().check(r);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).messageZh()).contains("第一责任人", "下一年度");
        assertThat(f.get(0).messageEn()).contains("leadership", "plans").doesNotContain("measures");
        assertThat(f.get(0).isError()).isFalse();
    }

    @Test
    void signatureDateInTheReportedYearIsAWarning() {
        Report r = report(null, List.of(), allFour(), LocalDate.of(2023, 12, 30), "木政〔2023〕3号");
        assertThat(new SignatureDateCheck().check(r)).singleElement()
                .extracting(Finding::pointer).isEqualTo("/signature/date");
    }

    @Test
    void documentNumberYearDifferentFromTheDateYearIsAWarning() {
        Report r = report(null, List.of(), allFour(), LocalDate.of(2024, 1, 5), "木政〔2023〕3号");
        assertThat(new DocumentNumberYearCheck().check(r)).singleElement()
                .extracting(Finding::pointer).isEqualTo("/header/number");
    }

    @Test
    void openingThatNamesLastYearContradictsTheReportYear() {
        Report r = report(null, List.of("现将2022年度法治政府建设情况汇报如下："), allFour(), LocalDate.of(2024, 1, 5), null);
        assertThat(new YearConsistencyCheck().check(r)).singleElement()
                .extracting(Finding::pointer).isEqualTo("/opening/0");
    }

    @Test
    void titleNamingAnotherYearContradictsTheReportYear() {
        Report r = report("木叶乡人民政府关于2022年法治政府建设情况的报告", List.of(), allFour(), null, null);
        assertThat(new YearConsistencyCheck().check(r)).extracting(Finding::pointer).containsExactly("/title");
    }

    @Test
    void halfWidthPunctuationNextToChineseIsFlaggedButEnumerationAndDecimalsAreNot() {
        Section s = new Section("规范执法", true, List.of("(一)加强培训;提高能力", "1.成功率96.5%，共2.5万元。"), List.of());
        Report r = report(null, List.of(), List.of(new Part(PartRole.MEASURES, null, null, List.of(s))), null, null);
        List<Finding> f = new AsciiPunctuationCheck().check(r);
        assertThat(f).extracting(Finding::pointer).containsExactly("/parts/0/sections/0/paragraphs/0");
        assertThat(f.get(0).messageZh()).contains("共 3 处");
    }

    @Test
    void periodAfterChineseAtTheEndIsFlagged() {
        Report r = report(null, List.of("特此报告."), allFour(), null, null);
        assertThat(new AsciiPunctuationCheck().check(r)).extracting(Finding::pointer).containsExactly("/opening/0");
    }

    @Test
    void typedHeadingNumberIsFlagged() {
        Section s = new Section("（一）加强组织领导", false, List.of(), List.of());
        Report r = report(null, List.of(), List.of(new Part(PartRole.MEASURES, "一、主要举措", null, List.of(s))), null, null);
        assertThat(new TypedNumberingCheck().check(r)).extracting(Finding::pointer)
                .containsExactly("/parts/0/heading", "/parts/0/sections/0/title");
    }

    @Test
    void customPartWithoutHeadingIsAnError() {
        Report r = report(null, List.of(), List.of(new Part(null, null, List.of("文"), null)), null, null);
        assertThat(new CustomPartHeadingCheck().check(r)).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.pointer()).isEqualTo("/parts/0/heading");
        });
    }

    @Test
    void ruleCodesAreStableAndDistinct() {
        assertThat(ContentChecks.standard().codes()).containsExactly("custom-part-heading", "incomplete-report",
                "doc-number-year", "signature-date", "year-mismatch", "ascii-punctuation", "typed-numbering");
    }
}
