package org.hongtou.importer;

import org.hongtou.model.PartRole;

/**
 * Which of the five parts the regulation mandates a level-1 heading is, judged by its wording.
 * Real headings vary ("主要举措和成效", "工作开展情况", "存在的不足、原因和问题整改情况",
 * "下一年度……初步安排"); a heading that names a theme instead ("强化组织领导，着力提升……")
 * is {@link PartRole#CUSTOM}.
 */
final class PartRoles {

    private PartRoles() {
    }

    static PartRole of(String heading) {
        String h = heading;
        if (has(h, "第一责任人", "主要负责人", "一把手") || (has(h, "履行") && has(h, "职责"))) {
            return PartRole.LEADERSHIP;
        }
        if (has(h, "不足", "短板", "差距", "薄弱") || (has(h, "问题") && has(h, "存在", "原因", "整改"))) {
            return PartRole.SHORTCOMINGS;
        }
        if (has(h, "安排", "计划", "打算", "思路", "下一年", "下一步", "下步", "明年", "工作重点", "努力方向", "展望")) {
            return PartRole.PLANS;
        }
        if (has(h, "举措", "成效", "主要做法", "工作开展", "开展情况", "主要工作", "工作情况", "措施和成效", "做法和成效")) {
            return PartRole.MEASURES;
        }
        if (has(h, "其他需要报告", "其他情况", "其他事项")) {
            return PartRole.OTHER;
        }
        return PartRole.CUSTOM;
    }

    private static boolean has(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The part's name in Chinese, for messages. */
    static String zh(PartRole role) {
        switch (role) {
            case MEASURES:
                return "主要举措和成效";
            case SHORTCOMINGS:
                return "存在的不足和原因";
            case LEADERSHIP:
                return "党政主要负责人履行第一责任人职责情况";
            case PLANS:
                return "下一年度主要安排";
            case OTHER:
                return "其他需要报告的情况";
            default:
                return "自定义部分（不属于规定的五部分）";
        }
    }
}
