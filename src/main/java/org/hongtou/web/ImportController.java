package org.hongtou.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.hongtou.importer.ImportException;
import org.hongtou.importer.ImportJson;
import org.hongtou.importer.ImportLimits;
import org.hongtou.importer.ImportResult;
import org.hongtou.importer.ImportService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/v1/import}: an existing report (plain text or DOCX) in, report data plus the
 * list of changes and guesses out, as {@code {"report": {...}, "changes": [...]}} that
 * {@code POST /api/v1/reports} accepts back (the "report" member). Failures are
 * {@link ImportException}s, answered as problem+json by {@link ImportProblemHandler}.
 */
@RestController
@RequestMapping("/api/v1")
public class ImportController {

    /** The part a browser form or {@code curl -F file=@报告.docx} sends. */
    static final String FILE_PART = "file";

    private static final MediaType DOCX = MediaType.parseMediaType(ImportService.DOCX_MEDIA_TYPE);

    private final ImportLimits limits = ImportLimits.DEFAULT;
    private final ImportService service = new ImportService(limits);

    @PostMapping(value = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> importReport(HttpServletRequest request) throws IOException {
        ImportResult result;
        if (request instanceof MultipartHttpServletRequest multipart) {
            result = service.importAny(filePart(multipart));
        } else {
            MediaType type = mediaType(request.getContentType());
            if (type == null || MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(type)) {
                result = service.importAny(body(request));
            } else if (MediaType.TEXT_PLAIN.equalsTypeAndSubtype(type)) {
                // A declared charset is ignored on purpose: the importer detects the encoding from the
                // bytes, and clients routinely label GBK files as UTF-8 (or not at all).
                result = service.importText(body(request));
            } else if (DOCX.equalsTypeAndSubtype(type)) {
                result = service.importDocx(body(request));
            } else {
                throw new ImportException(ImportException.UNSUPPORTED_FORMAT,
                        "不支持的上传类型 " + type + "：请用 text/plain、DOCX、application/octet-stream 或 multipart 的 file 字段。",
                        "Unsupported upload type " + type + "; send text/plain, " + ImportService.DOCX_MEDIA_TYPE
                                + ", application/octet-stream or a multipart part named 'file'.");
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ImportJson.response(result));
    }

    private byte[] filePart(MultipartHttpServletRequest multipart) throws IOException {
        MultipartFile file = multipart.getFile(FILE_PART);
        if (file == null) {
            throw new ImportException(ImportException.EMPTY, "表单中没有名为 file 的文件字段。",
                    "The multipart request has no part named 'file'.");
        }
        // The multipart limits in application.yml have already refused anything larger.
        return file.getBytes();
    }

    /**
     * Reads at most limit + 1 bytes, so an oversized body costs no more memory than the limit. A
     * declared Content-Length over the limit is not refused up front: Tomcat only swallows a few MB
     * of unread body, and past that the client sees a reset connection instead of the 413.
     */
    private byte[] body(HttpServletRequest request) throws IOException {
        long max = limits.maxInputBytes();
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (bytes.length > max) {
            throw new ImportException(ImportException.TOO_LARGE,
                    "文件太大，上限为 " + max / 1024 + " KB。",
                    "The file is too large; the limit is " + max / 1024 + " KB.");
        }
        return bytes;
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            throw new ImportException(ImportException.UNSUPPORTED_FORMAT, "无法识别的 Content-Type：" + header,
                    "Unreadable Content-Type: " + header);
        }
    }
}
