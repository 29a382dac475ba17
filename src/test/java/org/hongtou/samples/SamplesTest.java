package org.hongtou.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.hongtou.template.TemplateEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three real reports of shared/samples, as data in samples/*.json, must say everything the
 * originals say: deserialise, render through the template, and find the original's characters in
 * order. Heading numbers and whitespace are ignored because the template generates them.
 */
class SamplesTest {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final double MIN_RECALL = 0.995;

    private final TemplateEngine engine = new TemplateEngine(Path.of("templates"));
    private final MarkupParser parser = new MarkupParser();

    static Report load(String name) throws IOException {
        return JSON.readValue(Files.readAllBytes(Path.of("samples", name + ".json")), Report.class);
    }

    static String original(String name) throws IOException {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/samples/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void sampleRendersWithAtLeast995PerMilleOfTheOriginalCharactersInOrder(String name) throws IOException {
        Report report = load(name);
        Document doc = parser.parse(engine.render(report));
        String source = TextRecall.normalise(original(name));
        String output = TextRecall.normalise(TextRecall.text(doc));
        double recall = TextRecall.recall(source, output);
        List<String> missing = TextRecall.missingSentences(original(name), output);
        System.out.printf("[samples] %s: character recall %.4f (%d chars), sentences not verbatim: %d%n",
                name, recall, source.length(), missing.size());
        missing.forEach(s -> System.out.println("[samples]   " + s));
        assertThat(recall).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void sampleExercisesHeaderSignatureAndColophon(String name) throws IOException {
        Report report = load(name);
        Document doc = parser.parse(engine.render(report));
        assertThat(report.header().number()).matches(".+〔\\d{4}〕\\d+号");
        assertThat(doc.header().signers()).isNotEmpty();
        assertThat(report.recipients()).isNotEmpty();
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Block.Signature s && s.date() != null);
        assertThat(doc.colophon()).isNotNull();
        assertThat(doc.colophon().printer()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void sampleIsAcceptedByTheReportSchemaAndChecks(String name) throws IOException {
        tools.jackson.databind.JsonNode node = JSON.readTree(Files.readAllBytes(Path.of("samples", name + ".json")));
        List<org.hongtou.validation.Finding> findings = new java.util.ArrayList<>(new org.hongtou.validation.SchemaCheck().check(node));
        findings.addAll(org.hongtou.check.ContentChecks.standard().check(load(name)));
        findings.forEach(f -> System.out.println("[samples] " + name + " " + f.severity() + " " + f.pointer() + " " + f.messageEn()));
        assertThat(findings).noneMatch(org.hongtou.validation.Finding::isError);
    }

    @org.junit.jupiter.api.Test
    void togetherTheSamplesExerciseEveryLayoutElement() throws IOException {
        List<Report> all = List.of(load("muye-2023"), load("gunziying-2023"), load("guanyinsi-2024"));
        assertThat(all).anyMatch(r -> r.signature().sealed());
        assertThat(all).anyMatch(r -> !r.signature().sealed());
        assertThat(all).anyMatch(r -> r.note() != null);
        assertThat(all).anyMatch(r -> !r.attachments().isEmpty());
        assertThat(all).anyMatch(r -> r.header().copyNumber() != null && r.header().secrecy() != null
                && r.header().urgency() != null);
        assertThat(all).anyMatch(r -> r.title() == null);
        assertThat(all).anyMatch(r -> r.header().signers().size() > 1);
        assertThat(all).anyMatch(r -> r.parts().stream().flatMap(p -> p.sections().stream()).anyMatch(s -> s.runIn()));
        assertThat(all).anyMatch(r -> r.parts().stream().flatMap(p -> p.sections().stream()).anyMatch(s -> !s.runIn()));
    }

    @org.junit.jupiter.api.Test
    void muyeIsOrganisedByThemeAndLacksLeadershipAndPlans() throws IOException {
        Report muye = load("muye-2023");
        Set<PartRole> roles = muye.parts().stream().map(Part::role).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder(PartRole.MEASURES, PartRole.SHORTCOMINGS);
        assertThat(muye.parts()).allMatch(p -> p.heading() != null);
        assertThat(muye.title()).isEqualTo("木叶乡人民政府关于2023年法治政府建设工作情况的报告");
    }
}
