package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hongtou.importer.DocxFixtures.W;
import static org.hongtou.importer.DocxFixtures.document;
import static org.hongtou.importer.DocxFixtures.docx;
import static org.hongtou.importer.DocxFixtures.p;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayOutputStream;
import org.hongtou.config.Renderers;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.fonts.FontConfig;
import org.hongtou.model.Part;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.template.TemplateEngine;
import tools.jackson.databind.json.JsonMapper;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.hongtou.model.Section;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxImportTest {

    private final ImportService service = new ImportService();

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"0\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Heading1\"/>"
            + "<w:pPr><w:numPr><w:numId w:val=\"1\"/><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "</w:styles>";

    private static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"7\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";

    @Test
    void listNumberingFromNumberingXmlIsRegeneratedIntoHeadings() {
        String body = p("木叶乡人民政府关于2023年法治政府建设情况的报告")
                + p("县委全面依法治县委员会办公室：")
                + p("2023年，我乡坚持依法行政。现将有关情况报告如下：")
                + p("<w:pStyle w:val=\"Heading1\"/>", "主要举措和成效")
                + p("<w:pStyle w:val=\"Heading2\"/>", "加强组织领导")
                + p("乡党委健全学法制度。")
                + p("<w:pStyle w:val=\"Heading2\"/>", "加强法治学习")
                + p("<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr>", "集中学习。全年5次。")
                + p("<w:pStyle w:val=\"Heading1\"/>", "存在的不足和原因")
                + p("一是意识不强。");
        Report r = service.importDocx(docx(document(body), STYLES, NUMBERING)).report();
        assertThat(r.recipients()).containsExactly("县委全面依法治县委员会办公室");
        assertThat(r.parts()).extracting(Part::role).containsExactly(PartRole.MEASURES, PartRole.SHORTCOMINGS);
        assertThat(r.parts().get(0).sections()).extracting(Section::title).containsExactly("加强组织领导", "加强法治学习");
        Section third = r.parts().get(0).sections().get(1).sections().get(0);
        assertThat(third.title()).isEqualTo("集中学习");
        assertThat(third.runIn()).isTrue();
    }

    @Test
    void outlineLevelWithoutNumberMakesAHeading() {
        String body = p("关于2023年法治政府建设情况的报告")
                + p("<w:outlineLvl w:val=\"0\"/>", "主要举措和成效")
                + p("<w:outlineLvl w:val=\"1\"/>", "加强组织领导")
                + p("正文。");
        Report r = service.importDocx(docx(document(body), null, null)).report();
        assertThat(r.parts()).hasSize(1);
        assertThat(r.parts().get(0).sections().get(0).title()).isEqualTo("加强组织领导");
    }

    @Test
    void deletedTextAndFallbackCopiesAreNotRead() {
        String body = p("关于2023年法治政府建设情况的报告")
                + "<w:p><w:r><w:t>一、主要举措</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
                + "<w:r><w:t>和成效</w:t></w:r></w:p>"
                + "<w:p xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:r>"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>正文。</w:t></mc:Choice>"
                + "<mc:Fallback><w:t>正文。</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        Report r = service.importDocx(docx(document(body), null, null)).report();
        assertThat(r.parts().get(0).heading()).isEqualTo("主要举措和成效");
        assertThat(r.parts().get(0).paragraphs()).containsExactly("正文。");
    }

    @Test
    void lineBreaksInsideAParagraphSeparateSignatureAndDate() {
        String body = p("关于2023年法治政府建设情况的报告") + p("一、主要举措和成效") + p("正文。")
                + "<w:p><w:r><w:t>木叶乡人民政府</w:t><w:br/><w:t>2024年1月15日</w:t></w:r></w:p>";
        Report r = service.importDocx(docx(document(body), null, null)).report();
        assertThat(r.signature().date()).hasToString("2024-01-15");
    }

    // ---- DOCX from the project's own renderer ----

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void docxWrittenByOurRendererImportsBackToTheSameData(String name) throws Exception {
        DocumentRenderer docx = Renderers.create(FontConfig.load(Path.of("fonts"))).stream()
                .filter(r -> r.format().equals("docx")).findFirst().orElse(null);
        Assumptions.assumeTrue(docx != null, "DOCX renderer not merged yet");
        Report sample = JsonMapper.builder().build().readValue(
                Files.readAllBytes(Path.of("samples", name + ".json")), Report.class);
        Document doc = new MarkupParser().parse(new TemplateEngine(Path.of("templates")).render(sample));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        docx.render(doc, bytes);
        ImportResult result = service.importDocx(bytes.toByteArray());
        Report back = result.report();
        result.changes().forEach(c -> System.out.println("[docx-import] " + name + " " + ImportRunner.describe(c)));

        assertThat(back.authority()).isEqualTo(sample.authority());
        assertThat(back.year()).isEqualTo(sample.year());
        assertThat(back.title()).isEqualTo(((Block.Title) doc.blocks().get(0)).text());
        assertThat(back.header().number()).isEqualTo(sample.header().number());
        assertThat(back.header().signers()).isEqualTo(sample.header().signers());
        assertThat(back.recipients()).isEqualTo(sample.recipients());
        assertThat(back.parts()).extracting(Part::role).isEqualTo(sample.parts().stream().map(Part::role).toList());
        assertThat(fold(ReportText.paragraphs(back))).isEqualTo(fold(ReportText.paragraphs(sample)));
        assertThat(back.attachments()).isEqualTo(sample.attachments());
        assertThat(back.signature().date()).isEqualTo(sample.signature().date());
        assertThat(back.note()).isEqualTo(sample.note());
        assertThat(back.colophon().cc()).isEqualTo(sample.colophon().cc());
        assertThat(back.colophon().printer()).isEqualTo(sample.colophon().printer());
    }

    /** The importer makes punctuation full-width; the samples keep the original's half-width marks. */
    private static List<String> fold(List<String> texts) {
        return texts.stream().map(t -> t.replace(',', '，').replace(';', '；').replace(':', '：')
                .replace('(', '（').replace(')', '）')).toList();
    }

    // ---- DOCX from LibreOffice ----

    static final String[] SAMPLES = {"muye-2023", "gunziying-2023", "guanyinsi-2024"};

    @TempDir
    static Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024"})
    void docxSavedByLibreOfficeFromTheTextImportsLikeTheText(String name) throws Exception {
        Path docx = LibreOffice.samplesAsDocx(tmp).get(name);
        Report fromDocx = service.importDocx(Files.readAllBytes(docx)).report();
        Report fromText = service.importText(TextImportTest.resource("/samples/" + name + ".txt")
                .getBytes(StandardCharsets.UTF_8)).report();
        // DOCX paragraphs are never joined (Word does not break sentences); only gunziying has
        // broken lines, so only its plan part may differ.
        assertThat(fromDocx.title()).isEqualTo(fromText.title());
        assertThat(fromDocx.authority()).isEqualTo(fromText.authority());
        assertThat(fromDocx.parts()).extracting(Part::role).isEqualTo(fromText.parts().stream().map(Part::role).toList());
        if (!name.startsWith("gunziying")) {
            assertThat(fromDocx).isEqualTo(fromText);
        }
    }

    /** Runs soffice once to make DOCX files of the samples; skips where LibreOffice is absent. */
    static final class LibreOffice {
        private static Map<String, Path> converted;

        static synchronized Map<String, Path> samplesAsDocx(Path dir) throws IOException, InterruptedException {
            Assumptions.assumeTrue(available(), "soffice not installed");
            if (converted != null) {
                return converted;
            }
            List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                    "--headless", "--infilter=Text (encoded):UTF8,LF,,", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", dir.toString()));
            for (String name : SAMPLES) {
                Path txt = dir.resolve(name + ".txt");
                Files.writeString(txt, TextImportTest.resource("/samples/" + name + ".txt"), StandardCharsets.UTF_8);
                cmd.add(txt.toString());
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("soffice did not finish");
            }
            Map<String, Path> out = new LinkedHashMap<>();
            for (String name : SAMPLES) {
                Path docx = dir.resolve(name + ".docx");
                if (!Files.exists(docx)) {
                    throw new IllegalStateException("soffice made no DOCX: " + Files.readString(dir.resolve("soffice.log")));
                }
                out.put(name, docx);
            }
            converted = out;
            return out;
        }

        static boolean available() {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "soffice"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
