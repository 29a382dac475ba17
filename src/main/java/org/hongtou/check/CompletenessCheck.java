package org.hongtou.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * 《法治政府建设与责任落实督察工作规定》 asks for four parts (REPORT.md): measures, shortcomings,
 * the leaders' first-responsibility duty, and next year's plans. A report without one of them is
 * incomplete; its author wants to be told which.
 */
public final class CompletenessCheck implements ContentCheck {

    @Override
    public String code() {
        return "incomplete-report";
    }

    @Override
    public List<Finding> check(Report report) {
        Set<PartRole> missing = EnumSet.noneOf(PartRole.class);
        for (PartRole role : PartRole.values()) {
            if (role.mandated()) {
                missing.add(role);
            }
        }
        for (Part p : report.parts()) {
            missing.remove(p.role());
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        String zh = missing.stream().map(CompletenessCheck::zh).collect(Collectors.joining("、"));
        String en = missing.stream().map(PartRole::json).collect(Collectors.joining(", "));
        return List.of(Finding.warning("/parts", code(),
                "报告不完整，缺少：" + zh,
                "the report is incomplete; missing parts: " + en));
    }

    static String zh(PartRole role) {
        switch (role) {
            case MEASURES:
                return "主要举措和成效（measures）";
            case SHORTCOMINGS:
                return "存在的不足和原因（shortcomings）";
            case LEADERSHIP:
                return "党政主要负责人履行第一责任人职责情况（leadership）";
            case PLANS:
                return "下一年度主要安排（plans）";
            default:
                return role.json();
        }
    }
}
