package org.hongtou.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.hongtou.service.UnsupportedFormatException;
import org.hongtou.template.TemplateNotFoundException;
import org.hongtou.validation.BodyTooLargeException;
import org.hongtou.validation.Finding;
import org.hongtou.validation.InvalidReportException;
import org.hongtou.validation.MalformedJsonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure as problem+json. User errors are logged in one line without a stack trace;
 * only what is our fault (500) logs the trace.
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(MalformedJsonException.class)
    ResponseEntity<Map<String, Object>> malformed(MalformedJsonException e, HttpServletRequest req) {
        log.info("{} {}: malformed JSON at {}:{}: {}", req.getMethod(), req.getRequestURI(), e.line(), e.column(),
                e.getMessage());
        Map<String, Object> body = Problems.body(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "JSON 格式错误", "the body is not valid JSON at line " + e.line() + ", column " + e.column() + ": "
                        + e.getMessage(), "请求体不是有效的 JSON：第 " + e.line() + " 行第 " + e.column() + " 列");
        body.put("line", e.line());
        body.put("column", e.column());
        return Problems.response(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Map<String, Object>> tooLarge(BodyTooLargeException e, HttpServletRequest req) {
        log.info("{} {}: body over {} bytes", req.getMethod(), req.getRequestURI(), e.limit());
        Map<String, Object> body = Problems.body(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "Request body too large", "请求体过大", "the body exceeds the limit of " + e.limit() + " bytes",
                "请求体超过上限 " + e.limit() + " 字节");
        body.put("limit", e.limit());
        return Problems.response(HttpStatus.CONTENT_TOO_LARGE, body);
    }

    @ExceptionHandler(InvalidReportException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidReportException e, HttpServletRequest req) {
        log.info("{} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        List<Finding> errors = e.errors();
        Map<String, Object> body = Problems.body(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-report",
                "Invalid report data", "报告数据有误", errors.size() + " violation(s); see errors",
                "共 " + errors.size() + " 处错误，见 errors");
        body.put("errors", FindingsJson.of(errors));
        body.put("warnings", FindingsJson.of(e.findings().stream().filter(f -> !f.isError()).toList()));
        return Problems.response(HttpStatus.UNPROCESSABLE_CONTENT, body);
    }

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<Map<String, Object>> unknownTemplate(TemplateNotFoundException e, HttpServletRequest req) {
        log.info("{} {}: unknown template {}", req.getMethod(), req.getRequestURI(), e.name());
        Map<String, Object> body = Problems.body(HttpStatus.NOT_FOUND, "unknown-template", "Unknown template",
                "模板不存在", "no template named '" + e.name() + "'; see GET /api/v1/templates",
                "模板 " + e.name() + " 不存在，可用模板见 GET /api/v1/templates");
        body.put("errors", List.of(FindingsJson.of(Finding.error("/template", "unknown-template",
                "模板 " + e.name() + " 不存在", "no template named " + e.name()))));
        return Problems.response(HttpStatus.NOT_FOUND, body);
    }

    @ExceptionHandler(UnsupportedFormatException.class)
    ResponseEntity<Map<String, Object>> format(UnsupportedFormatException e, HttpServletRequest req) {
        log.info("{} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        Map<String, Object> body = Problems.body(HttpStatus.BAD_REQUEST, "unsupported-format", "Unsupported format",
                "不支持的格式", "format '" + e.format() + "' is not available; use one of " + e.available(),
                "不支持格式 " + e.format() + "，可用：" + e.available());
        body.put("parameter", "format");
        body.put("available", e.available());
        return Problems.response(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<Map<String, Object>> busy(BusyException e, HttpServletRequest req) {
        log.info("{} {}: busy", req.getMethod(), req.getRequestURI());
        Map<String, Object> body = Problems.body(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Service busy",
                "服务繁忙", e.getMessage(), "排队已满，请 " + e.retryAfterSeconds() + " 秒后重试");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problems.PROBLEM_JSON)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e, HttpServletRequest req) {
        log.info("{} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        Map<String, Object> body = Problems.body(HttpStatus.NOT_FOUND, e.kind(), "Not found", "未找到",
                e.getMessage(), e.messageZh());
        return Problems.response(HttpStatus.NOT_FOUND, body);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e, HttpServletRequest req) {
        log.info("{} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
        Map<String, Object> body = Problems.body(HttpStatus.CONFLICT, e.kind(), "Conflict", "状态冲突",
                e.getMessage(), e.messageZh());
        return Problems.response(HttpStatus.CONFLICT, body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring's own 404/405/415…: let its problem-details support answer
        }
        log.error("{} {}: internal error", req.getMethod(), req.getRequestURI(), e);
        Map<String, Object> body = Problems.body(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "内部错误", "the service failed; the error is logged", "服务内部错误，已记录日志");
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, body);
    }
}
