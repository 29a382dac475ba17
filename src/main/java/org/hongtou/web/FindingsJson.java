package org.hongtou.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hongtou.validation.Finding;

/** The JSON shape of a finding, the same in problem+json, check results and batch manifests. */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static Map<String, Object> of(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointer", f.pointer());
        m.put("rule", f.rule());
        m.put("severity", f.isError() ? "error" : "warning");
        m.put("messageZh", f.messageZh());
        m.put("messageEn", f.messageEn());
        return m;
    }

    public static List<Map<String, Object>> of(List<Finding> findings) {
        return findings.stream().map(FindingsJson::of).toList();
    }
}
