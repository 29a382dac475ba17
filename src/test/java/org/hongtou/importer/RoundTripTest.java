package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hongtou.config.Renderers;
import org.hongtou.document.Document;
import org.hongtou.fonts.FontConfig;
import org.hongtou.document.MarkupParser;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.samples.TextRecall;
import org.hongtou.template.TemplateEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import → render → extract text must give back the sample's text: at least 99.5 % of its
 * characters in order, after normalising what the importer is meant to change (whitespace,
 * heading numbers, half-width punctuation, conversion debris). The document-tree level runs
 * always; the DOCX and PDF levels run against every {@link DocumentRenderer} on the classpath.
 */
class RoundTripTest {

    private static final double MIN_RECALL = 0.995;
    private static final String[] SAMPLES = {"muye-2023", "gunziying-2023", "guanyinsi-2024"};

    private final ImportService importer = new ImportService();
    private final TemplateEngine engine = new TemplateEngine(Path.of("templates"));
    private final MarkupParser parser = new MarkupParser();

    /** Both sides: full-width punctuation, no bookmarks, no heading numbers, no whitespace. */
    static String normalise(String text) {
        String s = text.replaceAll("\\[bookmark:[^\\]]*\\]", "");
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\\R")) {
            java.time.LocalDate d = Forms.dateOnly(line);
            if (d != null) {
                line = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            sb.append(TextRecall.normaliseLine(line)).append('\n');
        }
        return TextRecall.normalise(fold(sb.toString()));
    }

    private static String fold(String s) {
        return s.replace(',', '，').replace(';', '；').replace(':', '：').replace('(', '（').replace(')', '）')
                .replace('!', '！').replace('?', '？');
    }

    private Document tree(String name) throws Exception {
        String text = TextImportTest.resource(name.contains("/") ? "/" + name + ".txt" : "/samples/" + name + ".txt");
        ImportResult r = importer.importText(text.getBytes(StandardCharsets.UTF_8));
        return parser.parse(engine.render(r.report()));
    }

    private static double check(String level, String name, String source, String output) {
        double recall = TextRecall.recall(normalise(source), normalise(output));
        System.out.printf("[round-trip] %-5s %-15s character recall %.4f%n", level, name, recall);
        return recall;
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/muye-2023", "samples/gunziying-2023", "samples/guanyinsi-2024",
            "importer/sifaju-2023", "importer/hexi-2024"})
    void importedReportRendersBackToItsTextInTheDocumentTree(String path) throws Exception {
        String name = path.substring(path.indexOf('/') + 1);
        String source = TextImportTest.resource("/" + path + ".txt");
        String output = String.join("\n", TextRecall.lines(tree(path)));
        assertThat(check("tree", name, source, output)).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    static Stream<Arguments> renderersAndSamples() {
        List<Arguments> out = new ArrayList<>();
        for (DocumentRenderer r : renderers()) {
            for (String s : SAMPLES) {
                out.add(Arguments.of(r.format(), s));
            }
        }
        if (out.isEmpty()) {
            // Keep one invocation so the report shows why nothing was rendered.
            out.add(Arguments.of("none", SAMPLES[0]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderersAndSamples")
    void importedSampleRoundTripsThroughTheRenderedFile(String format, String name) throws Exception {
        DocumentRenderer renderer = renderers().stream().filter(r -> r.format().equals(format)).findFirst().orElse(null);
        Assumptions.assumeTrue(renderer != null, "no DocumentRenderer implementation on the classpath yet");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(tree(name), bytes);
        String text = format.equals("pdf") ? pdfText(bytes.toByteArray()) : docxText(bytes.toByteArray());
        String source = TextImportTest.resource("/samples/" + name + ".txt");
        assertThat(check(format, name, source, text)).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    /** The real renderers this build holds (the same list the application uses), by format. */
    static List<DocumentRenderer> renderers() {
        List<DocumentRenderer> out = new ArrayList<>(Renderers.create(FontConfig.load(Path.of("fonts"))));
        out.sort(java.util.Comparator.comparing(DocumentRenderer::format));
        return out;
    }

    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");

    /** The text of word/document.xml, one line per paragraph (headers and footers are not read). */
    static String docxText(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    StringBuilder sb = new StringBuilder();
                    Matcher p = PARAGRAPH.matcher(xml);
                    while (p.find()) {
                        Matcher t = TEXT.matcher(p.group());
                        while (t.find()) {
                            sb.append(t.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
                        }
                        sb.append('\n');
                    }
                    return sb.toString();
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }
}
