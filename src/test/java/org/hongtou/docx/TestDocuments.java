package org.hongtou.docx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.model.Colophon;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.RedHeader;
import org.hongtou.model.Report;
import org.hongtou.model.Section;
import org.hongtou.model.Signature;
import org.hongtou.template.TemplateEngine;

/** Documents the DOCX tests render: built the way the service builds them, report → markup → tree. */
final class TestDocuments {

    private static final TemplateEngine ENGINE = new TemplateEngine(Path.of("templates"));
    private static final MarkupParser PARSER = new MarkupParser();

    /** 84 characters, all Chinese, no punctuation until the end: three full lines of 28. */
    static final String PLAIN = "依法行政是政府工作的基本准则各级各部门坚持把法治政府建设摆在全局工作的突出位置"
            + "统筹推进科学立法严格执法公正司法全民守法不断提升政府工作法治化水平切实做到依法决策依法管理依法服务全面提升";

    private TestDocuments() {
    }

    static final List<String> SAMPLES = List.of("muye-2023", "gunziying-2023", "guanyinsi-2024");

    /** One of the real reports of samples/*.json, as a document tree. */
    static Document sample(String name) {
        try {
            Report r = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readValue(java.nio.file.Files.readAllBytes(Path.of("samples", name + ".json")), Report.class);
            return of(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Document parse(String markup) {
        return PARSER.parse(markup);
    }

    static Document of(Report report) {
        return PARSER.parse(ENGINE.render(report));
    }

    /** A township report like the real ones: four parts, run-in sections, figures, a 版记. */
    static Report report(int sectionsPerPart, boolean sealed) {
        List<Part> parts = new ArrayList<>();
        for (PartRole role : List.of(PartRole.MEASURES, PartRole.SHORTCOMINGS, PartRole.LEADERSHIP, PartRole.PLANS)) {
            List<Section> sections = new ArrayList<>();
            for (int i = 0; i < sectionsPerPart; i++) {
                Section deep = new Section("强化矛盾纠纷排查调处", false,
                        List.of("全年共受理矛盾纠纷114宗，成功调处110宗，调处成功率96.5%；转派工单65件，办结63件，办结率96.92%。"),
                        List.of());
                sections.add(new Section("加强组织领导", true,
                        List.of("乡党委、政府高度重视法治政府建设工作，成立以乡长为组长的法治政府建设工作领导小组，"
                                + "定期研究部署法治政府建设工作，将法治政府建设纳入全乡经济社会发展总体规划和年度工作计划。",
                                "一是开展法治宣传活动24场次，发放宣传资料3000余份；二是组织干部职工学法考法，参考率100%。"),
                        i == 0 ? List.of(new Section("完善制度建设", false, List.of("严格落实重大行政决策程序规定。"), List.of(deep)))
                                : List.of()));
            }
            parts.add(new Part(role, null, List.of("全乡上下紧紧围绕法治政府建设目标任务，扎实推进各项工作。"), sections));
        }
        return new Report(null, "木叶乡人民政府", 2023,
                new RedHeader(null, null, null, null, null, "木政〔2024〕3号", List.of("张三")),
                null, List.of("县委全面依法治县委员会办公室"), List.of("2023年，我乡在县委、县政府的坚强领导下，现将有关情况报告如下："),
                parts, List.of("特此报告。"), List.of(), new Signature(null, LocalDate.of(2024, 1, 5), sealed),
                "此件公开发布", new Colophon(List.of("县司法局", "县人民政府办公室"), "木叶乡党政办公室", null));
    }

    /** Every element of sections 1–5 of GB/T 9704 at once, in markup. */
    static String richMarkup(int paragraphs) {
        StringBuilder sb = new StringBuilder("<gongwen><meta title=\"测试\" author=\"木叶乡人民政府\" subject=\"s\" keywords=\"k\"/>")
                .append("<header><copy>000001</copy><secrecy>机密★1年</secrecy><urgency>特急</urgency>")
                .append("<mark suffix=\"文件\"><name>木叶乡人民政府</name></mark><number>木政〔2024〕3号</number>")
                .append("<signer>张三</signer></header>")
                .append("<title>木叶乡人民政府关于2023年法治政府建设情况的报告</title>")
                .append("<to>县委全面依法治县委员会办公室：</to>")
                .append("<p>").append(PLAIN).append("。</p>")
                .append("<h1>一、2023年推进法治政府建设的主要举措和成效</h1>")
                .append("<p><lead level=\"2\">（一）加强组织领导。</lead>").append(PLAIN).append("。</p>")
                .append("<h2>（二）完善制度建设</h2><h3>1.严格落实决策程序</h3><h4>（1）合法性审查</h4>");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>").append(PLAIN).append("。</p>");
        }
        return sb.append("<attachments><name>木叶乡法治政府建设工作台账</name><name>木叶乡矛盾纠纷调处情况统计表</name></attachments>")
                .append("<signature sealed=\"false\" date=\"2024年1月5日\">木叶乡人民政府</signature>")
                .append("<note>（此件公开发布）</note>")
                .append("<colophon><cc>县司法局</cc><cc>县人民政府办公室</cc><printer>木叶乡党政办公室</printer>")
                .append("<date>2024年1月5日</date></colophon></gongwen>").toString();
    }
}
