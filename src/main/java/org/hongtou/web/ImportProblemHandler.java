package org.hongtou.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.hongtou.importer.ImportException;
import org.hongtou.importer.ImportLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Import failures as problem+json, kept apart from {@link ProblemHandler} so the importer's
 * wiring is one file to read. It must be an advice rather than a handler inside
 * {@link ImportController}: an oversized multipart upload fails while the request is parsed,
 * before any controller is chosen, and only advices see that. It runs before ProblemHandler,
 * whose catch-all {@code Exception} handler would otherwise win.
 *
 * <p>The problem {@code type} is the importer's own code ({@code urn:hongtou:problem:not-docx}…),
 * also given as {@code code}; the status is {@link ImportException#suggestedStatus()}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImportProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ImportProblemHandler.class);

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, Object>> importFailed(ImportException e, HttpServletRequest req) {
        log.info("{} {}: import refused: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        HttpStatus status = HttpStatus.valueOf(e.suggestedStatus());
        Map<String, Object> body = Problems.body(status, e.code(), title(status), titleZh(status),
                e.messageEn(), e.messageZh());
        body.put("code", e.code());
        return Problems.response(status, body);
    }

    /** Only the import endpoint takes multipart uploads, so its limit is the one that was hit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
        long max = ImportLimits.DEFAULT.maxInputBytes();
        return importFailed(new ImportException(ImportException.TOO_LARGE,
                "文件太大，上限为 " + max / 1024 + " KB。",
                "The file is too large; the limit is " + max / 1024 + " KB.", e), req);
    }

    private static String title(HttpStatus status) {
        switch (status) {
            case CONTENT_TOO_LARGE:
                return "File too large";
            case UNSUPPORTED_MEDIA_TYPE:
                return "Unsupported file format";
            case BAD_REQUEST:
                return "Nothing to import";
            default:
                return "File cannot be imported";
        }
    }

    private static String titleZh(HttpStatus status) {
        switch (status) {
            case CONTENT_TOO_LARGE:
                return "文件过大";
            case UNSUPPORTED_MEDIA_TYPE:
                return "不支持的文件格式";
            case BAD_REQUEST:
                return "没有可导入的内容";
            default:
                return "无法导入该文件";
        }
    }
}
