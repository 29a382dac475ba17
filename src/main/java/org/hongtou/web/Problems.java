package org.hongtou.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details. {@code type} is a stable URN per problem kind; {@code title} and
 * {@code detail} are English, {@code titleZh} and {@code detailZh} Chinese; extension members
 * (errors, warnings, line, column…) are added by the caller.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    public static Map<String, Object> body(HttpStatus status, String kind, String title, String titleZh,
            String detail, String detailZh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "urn:hongtou:problem:" + kind);
        m.put("title", title);
        m.put("status", status.value());
        m.put("detail", detail);
        m.put("titleZh", titleZh);
        m.put("detailZh", detailZh);
        return m;
    }

    public static ResponseEntity<Map<String, Object>> response(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
    }
}
