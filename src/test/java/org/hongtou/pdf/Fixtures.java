package org.hongtou.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import tools.jackson.databind.json.JsonMapper;

/** Documents to render in tests and the benchmark: the real samples and a long report. */
public final class Fixtures {

    private static final TemplateEngine ENGINE = new TemplateEngine(Path.of("templates"));
    private static final MarkupParser PARSER = new MarkupParser();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    /** samples/*.json by name, in name order. */
    public static List<String> sampleNames() {
        Path dir = Path.of("samples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report report(String sample) {
        try {
            return JSON.readValue(Files.readAllBytes(Path.of("samples", sample + ".json")), Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document sample(String name) {
        return document(report(name));
    }

    public static Document document(Report report) {
        return PARSER.parse(ENGINE.render(report));
    }

    /** A report of {@code pages} pages (版记 page included), built from repeated sections. */
    public static Document longReport(int pages) {
        org.hongtou.layout.Typesetter t = new org.hongtou.layout.Typesetter(org.hongtou.layout.Metrics.HALF_EM);
        for (int sections = 1; ; sections++) {
            Document d = longReport(sections, 0);
            if (t.typeset(d).pageCount() >= pages) {
                return d;
            }
        }
    }

    private static Document longReport(int sectionCount, int unused) {
        String para = "木叶乡严格落实普法和依法治理工作各项任务，在认真总结经验的基础上，健全完善了普法依法治理工作机制，"
                + "全年开展法治宣传活动24场次，受理矛盾纠纷114宗，成功调处110宗，调处成功率96.5%。"
                + "坚持领导干部带头学法、守法、用法，把法治建设列入乡党政领导班子中心组学习的重要内容。";
        List<Part> parts = new ArrayList<>();
        PartRole[] roles = {PartRole.MEASURES, PartRole.SHORTCOMINGS, PartRole.LEADERSHIP, PartRole.PLANS};
        for (int p = 0; p < 4; p++) {
            List<Section> sections = new ArrayList<>();
            for (int s = p; s < sectionCount; s += 4) {
                sections.add(new Section("加强组织领导", true, List.of(para, para), List.of()));
            }
            parts.add(new Part(roles[p], null, List.of(), sections));
        }
        Report r = new Report(null, "木叶乡人民政府", 2023,
                new RedHeader(null, null, null, null, null, "木政〔2024〕3号", List.of("杨光明")),
                null, List.of("县委全面依法治县委员会办公室"), List.of("现将有关情况报告如下："), parts,
                List.of("特此报告。"), List.of(), new Signature(null, LocalDate.of(2024, 1, 5), false),
                "此件公开发布", new Colophon(List.of("县司法局"), "木叶乡党政办公室", null));
        return document(r);
    }
}
