package org.hongtou.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hongtou.model.Report;
import org.hongtou.service.CheckResult;
import org.hongtou.service.PreparedReport;
import org.hongtou.service.RenderedReport;
import org.hongtou.service.ReportService;
import org.hongtou.validation.BodyTooLargeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** One report at a time: render, preview, check; plus the schema and the template list. */
@RestController
@RequestMapping("/api/v1")
public class ReportController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final ReportService service;

    public ReportController(ReportService service) {
        this.service = service;
    }

    @GetMapping(value = "/schema", produces = "application/schema+json")
    ResponseEntity<byte[]> schema() {
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(service.schema().schemaBytes());
    }

    @GetMapping("/templates")
    Map<String, Object> templates() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("default", Report.DEFAULT_TEMPLATE);
        m.put("templates", service.templates().names().stream().map(n -> Map.of("name", n)).toList());
        m.put("formats", service.renderers().formats());
        return m;
    }

    /** The file as an attachment named by the title; ?format=docx (default) or pdf. */
    @PostMapping("/reports")
    ResponseEntity<byte[]> render(HttpServletRequest request, InputStream body,
            @RequestParam(defaultValue = "docx") String format) throws IOException {
        return file(request, body, format, false);
    }

    /** The PDF inline, for a browser's viewer. */
    @PostMapping("/reports/preview")
    ResponseEntity<byte[]> preview(HttpServletRequest request, InputStream body) throws IOException {
        return file(request, body, "pdf", true);
    }

    /** Validation and content rules as JSON, no file. 200 whether or not the data is valid. */
    @PostMapping(value = "/reports/check", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> check(HttpServletRequest request, InputStream body) {
        JsonNode node = read(request, body);
        CheckResult result = service.check(node);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", result.valid());
        m.put("errors", FindingsJson.of(result.errors()));
        m.put("warnings", FindingsJson.of(result.warnings()));
        return m;
    }

    private ResponseEntity<byte[]> file(HttpServletRequest request, InputStream body, String format, boolean inline)
            throws IOException {
        service.renderers().get(format); // an unknown format fails before reading the body
        PreparedReport prepared = service.prepare(read(request, body));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        RenderedReport rendered = service.render(prepared, format, out);
        String fallback = "report-" + prepared.report().year() + "." + rendered.format();
        String disposition = inline ? ContentDispositions.inline(rendered.fileName(), fallback)
                : ContentDispositions.attachment(rendered.fileName(), fallback);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendered.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Hongtou-Pages", String.valueOf(rendered.pages()))
                .header(WarningsHeader.COUNT, String.valueOf(rendered.warnings().size()))
                .header(WarningsHeader.LIST, WarningsHeader.encode(rendered.warnings()))
                .body(out.toByteArray());
    }

    /** A declared length over the limit is refused before reading a byte. */
    private JsonNode read(HttpServletRequest request, InputStream body) {
        long limit = service.input().maxBytes();
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);
        }
        return service.read(body);
    }
}
