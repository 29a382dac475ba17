package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * Catches a report that names another year than the one it reports on: a title "关于2022年…"
 * with year 2023, or an opening "现将2022年度…汇报如下" in a 2023 report (copied from last
 * year's). Only the title and the opening formula are checked: the body rightly mentions
 * other years ("2021年以来", next year's plans).
 */
public final class YearConsistencyCheck implements ContentCheck {

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern OPENING_YEAR = Pattern.compile("现将\\s*(\\d{4})\\s*年");

    @Override
    public String code() {
        return "year-mismatch";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        if (report.title() != null) {
            Matcher m = TITLE_YEAR.matcher(report.title());
            if (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y != report.year()) {
                    out.add(mismatch("/title", y, report.year()));
                }
            }
        }
        for (int i = 0; i < report.opening().size(); i++) {
            Matcher m = OPENING_YEAR.matcher(report.opening().get(i));
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y != report.year()) {
                    out.add(mismatch("/opening/" + i, y, report.year()));
                }
            }
        }
        return out;
    }

    private Finding mismatch(String pointer, int found, int year) {
        return Finding.warning(pointer, code(),
                "文中的年份 " + found + " 与报告年度 " + year + " 不一致",
                "the text names the year " + found + " but the report is for " + year);
    }
}
