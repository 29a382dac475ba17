package org.hongtou.template;

import java.time.LocalDate;

/**
 * What templates may call as {@code cn.*}: Chinese numbering and dates written the way
 * GB/T 9704 and GB/T 15835 want them, so no template spells them out by hand.
 */
public final class TemplateHelpers {

    private static final String DIGITS = "〇一二三四五六七八九";

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numbers of 一、 and （一）. */
    public String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Chinese numeral out of range 1..99: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 1) {
            sb.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }

    /** 2024-01-05 → 2024年1月5日: Arabic digits, full year, no leading zeros (GB/T 9704 §7.3.5). */
    public String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Whether a run-in heading already ends with its own stop, so the template adds none. */
    public boolean endsWithStop(String s) {
        return s != null && !s.isEmpty() && "。？！：；".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
