package org.hongtou.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed forms shared by head, tail and body: dates, years, names of institutions. */
final class Forms {

    static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");
    static final Pattern DATE_CN = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    static final Pattern INSTITUTION = Pattern.compile(
            ".{2,40}(政府|委员会|局|办公室|党委|委|办|中心|所|院|厅|部|街道办事处|乡|镇|公司)$");
    static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

    private Forms() {
    }

    /** A line that is only a date, written 2024年1月5日 or 二〇二四年一月五日; null otherwise. */
    static LocalDate dateOnly(String s) {
        String c = s.replaceAll("\\s+", "");
        Matcher m = DATE.matcher(c);
        if (m.matches()) {
            return date(c);
        }
        m = DATE_CN.matcher(c);
        if (m.matches()) {
            try {
                int y = 0;
                for (char ch : m.group(1).toCharArray()) {
                    y = y * 10 + ("〇一二三四五六七八九".indexOf(ch == '○' || ch == '零' ? '〇' : ch));
                }
                return LocalDate.of(y, HeadingSyntax.chinese(m.group(2)), HeadingSyntax.chinese(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    static LocalDate date(String s) {
        Matcher m = DATE.matcher(s.replaceAll("\\s+", ""));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
