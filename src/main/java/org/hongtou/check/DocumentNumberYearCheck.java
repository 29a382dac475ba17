package org.hongtou.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * The year in 〔〕 of the document number is the year of issue: it should match the signature
 * date's year (or the year after the reported year when the report is undated). The form of the
 * number itself (〔〕 not []【】(), no leading zeros) is a schema error, explained by its x-message.
 */
public final class DocumentNumberYearCheck implements ContentCheck {

    private static final Pattern YEAR = Pattern.compile("〔(\\d{4})〕");

    @Override
    public String code() {
        return "doc-number-year";
    }

    @Override
    public List<Finding> check(Report report) {
        if (report.header() == null || report.header().number() == null) {
            return List.of();
        }
        Matcher m = YEAR.matcher(report.header().number());
        if (!m.find()) {
            return List.of();
        }
        int numberYear = Integer.parseInt(m.group(1));
        boolean dated = report.signature() != null && report.signature().date() != null;
        int issued = dated ? report.signature().date().getYear() : report.year() + 1;
        if (numberYear == issued) {
            return List.of();
        }
        String basis = dated ? "成文日期的年份" : "报告年度的次年";
        String basisEn = dated ? "the year of the signature date" : "the year after the reported year";
        return List.of(Finding.warning("/header/number", code(),
                "发文字号中的年份 " + numberYear + " 与" + basis + " " + issued + " 不一致",
                "the year " + numberYear + " in the document number differs from " + basisEn + ", " + issued));
    }
}
