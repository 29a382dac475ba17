package org.hongtou.check;

import java.time.LocalDate;
import java.util.List;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * A report on year Y is written in Y+1 (before 1 April). A date in or before Y is almost always
 * a typo in one of the two years; a date after Y+1 is possible (a late report) but worth a look.
 */
public final class SignatureDateCheck implements ContentCheck {

    @Override
    public String code() {
        return "signature-date";
    }

    @Override
    public List<Finding> check(Report report) {
        if (report.signature() == null || report.signature().date() == null) {
            return List.of();
        }
        LocalDate date = report.signature().date();
        int expected = report.year() + 1;
        if (date.getYear() < expected) {
            return List.of(Finding.warning("/signature/date", code(),
                    "成文日期 " + date + " 早于报告年度的次年（" + expected + "年）：报告年度 year 或日期可能有误",
                    "the date " + date + " is before " + expected + ", the year after the reported year: "
                            + "year or date is probably wrong"));
        }
        if (date.getYear() > expected) {
            return List.of(Finding.warning("/signature/date", code(),
                    "成文日期 " + date + " 晚于报告年度的次年（" + expected + "年），请确认",
                    "the date " + date + " is later than " + expected + ", the year after the reported year; please confirm"));
        }
        return List.of();
    }
}
