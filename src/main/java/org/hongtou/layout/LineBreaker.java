package org.hongtou.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a stretch of styled characters into lines of a given width by the Chinese rules of
 * GB/T 15834 (shared/docs/GBT9704.md §8): no line starts with 。，、；：？！ or a closing mark, none
 * ends with an opening mark, —— and …… stay whole, and a number or a Latin word is never split
 * (ICU's line-break iterator knows the Unicode classes). Lines are filled greedily; when the next
 * character may not start a line, the last character that may moves down with it, and the
 * shortened line is justified. Thread-safe.
 */
public final class LineBreaker {

    /** Never at the start of a line: 点号 and the closing half of every pair. */
    static final String NO_START = "。，、；：？！）》」』】〕〗〉”’．％‰℃・·々〃～ー" + ",.;:?!)]}%";
    /** Never at the end of a line: the opening half of every pair. */
    static final String NO_END = "（《「『【〔〖〈“‘" + "([{";

    private static final BreakIterator PROTOTYPE =
            BreakIterator.getLineInstance(ULocale.forLanguageTag("zh-u-lb-strict"));

    /** One character to set: its font role, size, colour and advance width in points. */
    public record Item(int codePoint, FontRole role, double size, int colour, double advance) {
    }

    /**
     * A line as broken: its items and each item's x offset from the line's start.
     *
     * @param justified whether the line was stretched to the full width
     */
    public record Line(List<Item> items, double[] x, boolean justified) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            items.forEach(i -> sb.appendCodePoint(i.codePoint()));
            return sb.toString();
        }

        public double width() {
            return items.isEmpty() ? 0 : x[x.length - 1] + items.get(items.size() - 1).advance();
        }
    }

    private LineBreaker() {
    }

    /**
     * Breaks {@code items} into lines, the first {@code firstWidth} wide and the rest
     * {@code restWidth}; every line but the last is justified to its width.
     */
    public static List<Line> breakLines(List<Item> items, double firstWidth, double restWidth) {
        List<Line> lines = new ArrayList<>();
        if (items.isEmpty()) {
            return lines;
        }
        boolean[] breakable = breakOpportunities(items);
        int start = 0;
        int n = items.size();
        while (start < n) {
            double width = lines.isEmpty() ? firstWidth : restWidth;
            double used = 0;
            int end = start;
            while (end < n && used + items.get(end).advance() <= width + 1e-6) {
                used += items.get(end).advance();
                end++;
            }
            if (end == start) {
                end = start + 1; // one character wider than the line: set it alone
            }
            if (end >= n) {
                lines.add(place(items.subList(start, n), width, false));
                break;
            }
            int cut = end;
            while (cut > start && !breakable[cut]) {
                cut--;
            }
            if (cut == start) {
                cut = end; // nowhere legal to break (a number longer than the line): break anyway
            }
            lines.add(place(items.subList(start, cut), width, true));
            start = cut;
        }
        return lines;
    }

    /** breakable[i]: may a line break before item i? */
    static boolean[] breakOpportunities(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        int[] offset = new int[items.size() + 1];
        for (int i = 0; i < items.size(); i++) {
            offset[i] = sb.length();
            sb.appendCodePoint(items.get(i).codePoint());
        }
        offset[items.size()] = sb.length();
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(sb.toString());
        boolean[] icu = new boolean[sb.length() + 1];
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            icu[b] = true;
        }
        boolean[] out = new boolean[items.size() + 1];
        for (int i = 1; i < items.size(); i++) {
            int prev = items.get(i - 1).codePoint();
            int cur = items.get(i).codePoint();
            out[i] = icu[offset[i]]
                    && NO_START.indexOf(cur) < 0
                    && NO_END.indexOf(prev) < 0
                    && !(prev == cur && (cur == '—' || cur == '…'))
                    && !(isWordChar(prev) && isWordChar(cur));
        }
        return out;
    }

    /** Digits, Latin letters and the signs inside numbers: 96.5%, 2,000, v1.2 never split. */
    private static boolean isWordChar(int cp) {
        return cp < 0x2000 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%');
    }

    private static Line place(List<Item> items, double width, boolean justify) {
        double[] x = new double[items.size()];
        double natural = 0;
        for (Item i : items) {
            natural += i.advance();
        }
        double gap = justify && items.size() > 1 ? (width - natural) / (items.size() - 1) : 0;
        if (gap < 0) {
            gap = 0;
        }
        double pen = 0;
        for (int i = 0; i < items.size(); i++) {
            x[i] = pen;
            pen += items.get(i).advance() + gap;
        }
        return new Line(List.copyOf(items), x, justify && gap > 0);
    }

    /**
     * Whether a character fills a whole grid cell: East Asian wide and fullwidth forms, and the
     * ambiguous ones above U+2000 (“” — … ※) which Chinese fonts draw full width.
     */
    public static boolean fullWidth(int cp) {
        int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH
                || (w == UCharacter.EastAsianWidth.AMBIGUOUS && cp >= 0x2000);
    }
}
