package org.hongtou.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hongtou.check.ContentChecks;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.model.Report;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.render.RenderResult;
import org.hongtou.render.RenderWarning;
import org.hongtou.template.TemplateEngine;
import org.hongtou.template.TemplateNotFoundException;
import org.hongtou.validation.Finding;
import org.hongtou.validation.InvalidReportException;
import org.hongtou.validation.JsonInput;
import org.hongtou.validation.NullFields;
import org.hongtou.validation.SchemaCheck;
import org.hongtou.validation.XmlCharCheck;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pipeline behind HTTP, batch and command line:
 * bytes → size limit → JSON tree → XML-safe characters → JSON Schema → model → content rules →
 * template → markup → document tree → renderer. Each step's failure has its own exception, which
 * the entry points turn into a status code, a manifest entry or an exit code.
 */
public final class ReportService {

    private final JsonInput input;
    private final SchemaCheck schema;
    private final XmlCharCheck xmlChars;
    private final ContentChecks checks;
    private final JsonMapper mapper;
    private final TemplateEngine templates;
    private final MarkupParser parser;
    private final RendererRegistry renderers;

    public ReportService(JsonInput input, SchemaCheck schema, XmlCharCheck xmlChars, ContentChecks checks,
            TemplateEngine templates, MarkupParser parser, RendererRegistry renderers) {
        this.input = input;
        this.schema = schema;
        this.xmlChars = xmlChars;
        this.checks = checks;
        this.templates = templates;
        this.parser = parser;
        this.renderers = renderers;
        // Absent booleans (sealed, runIn) mean false, as the schema documents.
        this.mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** Reads a request body: {@code BodyTooLargeException} or {@code MalformedJsonException}. */
    public JsonNode read(InputStream in) {
        return input.read(in);
    }

    public JsonInput input() {
        return input;
    }

    public SchemaCheck schema() {
        return schema;
    }

    public TemplateEngine templates() {
        return templates;
    }

    public RendererRegistry renderers() {
        return renderers;
    }

    /**
     * Validates without rendering and never throws for bad data: every error and warning is in
     * the result. An unknown template is an error finding at /template here.
     */
    public CheckResult check(JsonNode node) {
        NullFields.strip(node);
        List<Finding> findings = new ArrayList<>(xmlChars.check(node));
        findings.addAll(schema.check(node));
        if (findings.stream().anyMatch(Finding::isError)) {
            return new CheckResult(null, sorted(findings));
        }
        Report report;
        try {
            report = mapper.treeToValue(node, Report.class);
        } catch (DatabindException e) {
            // The schema should have caught it; still name the field rather than fail with a 500.
            findings.add(Finding.error(e.getPathReference() == null ? "" : pointerOf(e), "type",
                    "值无法转换：" + e.getOriginalMessage(), "value cannot be converted: " + e.getOriginalMessage()));
            return new CheckResult(null, sorted(findings));
        } catch (JacksonException e) {
            findings.add(Finding.error("", "type", "值无法转换", "value cannot be converted: " + e.getOriginalMessage()));
            return new CheckResult(null, sorted(findings));
        }
        findings.addAll(checks.check(report));
        if (!templates.exists(report.template())) {
            findings.add(Finding.error("/template", "unknown-template",
                    "模板 " + report.template() + " 不存在", "no template named " + report.template()));
        }
        return new CheckResult(report, sorted(findings));
    }

    /**
     * Validates and builds the document tree. Throws {@link InvalidReportException} (422) with
     * every finding, or {@link TemplateNotFoundException} (404) for an unknown template.
     */
    public PreparedReport prepare(JsonNode node) {
        CheckResult result = check(node);
        if (result.report() != null && !templates.exists(result.report().template())) {
            throw new TemplateNotFoundException(result.report().template());
        }
        if (!result.valid()) {
            throw new InvalidReportException(result.findings());
        }
        Report report = result.report();
        Document document = parser.parse(templates.render(report));
        return new PreparedReport(report, document, result.warnings());
    }

    /** Renders a prepared report; throws {@link UnsupportedFormatException} for an unknown format. */
    public RenderedReport render(PreparedReport prepared, String format, OutputStream out) throws IOException {
        DocumentRenderer renderer = renderers.get(format);
        RenderResult result = renderer.render(prepared.document(), out);
        List<Finding> warnings = new ArrayList<>(prepared.warnings());
        for (RenderWarning w : result.warnings()) {
            warnings.add(Finding.warning("", w.code(), w.messageZh(), w.messageEn()));
        }
        String fileName = FileNames.safe(prepared.title()) + "." + renderer.format();
        return new RenderedReport(renderer.format(), renderer.contentType(), fileName, result.pages(), warnings);
    }

    private static String pointerOf(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append('/').append(ref.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /** Errors before warnings, otherwise in the order found. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        findings.stream().filter(Finding::isError).forEach(out::add);
        findings.stream().filter(f -> !f.isError()).forEach(out::add);
        return out;
    }
}
