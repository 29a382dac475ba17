package org.hongtou.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines the way GB/T 9704 §7.3.1 asks: between words, symmetric, shaped as a
 * trapezoid (longer line above) or a diamond, never a line holding a lone character. Pure and
 * shared: the DOCX and the PDF renderer both set the lines this class returns, so the two files
 * break the title in the same places.
 *
 * <p>Widths are in ems by {@link Ems}: a line of a 22 pt title in the 442 pt text block holds
 * {@code floor(442.2 / 22) = 20} ems, see {@link #maxEms(double)}.
 */
public final class TitleBreaker {

    /** Closing marks never start a line, opening marks never end one (GB/T 15834). */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—%";
    private static final String NO_LINE_END = "（《「『“‘〔【";
    /**
     * Words of official titles that ICU's general dictionary cuts in two (印|发, 办公|室): never
     * broken inside.
     */
    private static final List<String> TITLE_WORDS = List.of("印发", "办公室", "委员会", "人民政府",
            "人民代表大会", "常务委员会", "实施方案", "工作方案", "实施意见", "年度", "情况", "报告", "通知");
    /** A break between two one-character words (县|委) is allowed but costs as much as 3 ems of unevenness. */
    private static final double SINGLE_CHARACTER_WORDS_PENALTY = 9;

    private TitleBreaker() {
    }

    /** How many ems of a title at {@code size} pt fit on one line of the text block. */
    public static double maxEms(double size) {
        return Math.floor(Gbt9704.TEXT_WIDTH / size);
    }

    /** Lines of a title set at {@link Gbt9704#TITLE_SIZE}. */
    public static List<String> lines(List<String> authorLines) {
        return lines(authorLines, maxEms(Gbt9704.TITLE_SIZE));
    }

    /**
     * Lines of a title: each line the author forced is kept as a line of its own and broken
     * further only when it does not fit {@code maxEms}.
     */
    public static List<String> lines(List<String> authorLines, double maxEms) {
        List<String> out = new ArrayList<>();
        for (String line : authorLines) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.addAll(breakLine(s, maxEms));
            }
        }
        return out;
    }

    /** Breaks one stretch of title text into as few lines as fit, shaped as well as can be. */
    public static List<String> breakLine(String text, double maxEms) {
        if (Ems.of(text) <= maxEms) {
            return List.of(text);
        }
        List<Integer> wordBreaks = breaks(text, true);
        List<String> best = bestBreak(text, wordBreaks, maxEms);
        if (best == null) {
            // A word longer than a line (or no word breaks that fit): fall back to characters.
            best = bestBreak(text, breaks(text, false), maxEms);
        }
        return best == null ? List.of(text) : best;
    }

    /** Allowed break offsets (exclusive of 0 and length), between words or between characters. */
    private static List<Integer> breaks(String text, boolean words) {
        List<Integer> out = new ArrayList<>();
        if (words) {
            for (int b : wordBoundaries(text)) {
                if (b > 0 && b < text.length() && allowed(text, b)) {
                    out.add(b);
                }
            }
        } else {
            for (int b = 1; b < text.length(); b++) {
                if (!Character.isLowSurrogate(text.charAt(b)) && allowed(text, b)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static List<Integer> wordBoundaries(String text) {
        List<Integer> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        it.setText(text);
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    private static boolean allowed(String text, int b) {
        char before = text.charAt(b - 1);
        char after = text.charAt(b);
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        // A year span 2021—2025 stays whole, as does a number with its unit (2024年).
        if (before == '—' || after == '—' || (isAsciiDigit(before) && !isAsciiAlnum(after) && after != ' ')) {
            return false;
        }
        for (String word : TITLE_WORDS) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                if (b > i && b < i + word.length()) {
                    return false;
                }
            }
        }
        // A number is never split (GB/T 15835), nor a Latin word.
        return !(isAsciiAlnum(before) && isAsciiAlnum(after));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What a break at {@code b} costs beyond the shape: breaking between one-character words. */
    private static double penalty(String text, int b, List<Integer> words) {
        int i = words.indexOf(b);
        if (i <= 0 || i >= words.size() - 1) {
            return SINGLE_CHARACTER_WORDS_PENALTY; // not a word boundary: a character fallback
        }
        boolean singleBefore = b - words.get(i - 1) == 1;
        boolean singleAfter = words.get(i + 1) - b == 1;
        return singleBefore && singleAfter ? SINGLE_CHARACTER_WORDS_PENALTY : 0;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * The best choice of breaks: fewest lines first; among those, a trapezoid or diamond shape
     * before any other, then the most even line widths, then the longer lines higher up.
     */
    private static List<String> bestBreak(String text, List<Integer> candidates, double maxEms) {
        int minLines = (int) Math.ceil(Ems.of(text) / maxEms);
        for (int n = Math.max(2, minLines); n <= candidates.size() + 1; n++) {
            Choice best = search(text, candidates, maxEms, n);
            if (best != null) {
                List<String> lines = new ArrayList<>();
                int from = 0;
                for (int b : best.breaks) {
                    lines.add(text.substring(from, b));
                    from = b;
                }
                lines.add(text.substring(from));
                return lines;
            }
        }
        return null;
    }

    private record Choice(int[] breaks, double cost) {
    }

    private static Choice search(String text, List<Integer> candidates, double maxEms, int lines) {
        Choice[] best = {null};
        List<Integer> words = wordBoundaries(text);
        walk(text, candidates, maxEms, lines, new int[lines - 1], 0, 0, best, words);
        return best[0];
    }

    /** Depth-first over break choices; titles are short, so the full search is cheap. */
    private static void walk(String text, List<Integer> cands, double maxEms, int lines, int[] chosen,
                             int depth, int nextCand, Choice[] best, List<Integer> words) {
        if (depth == lines - 1) {
            double cost = cost(text, chosen, maxEms);
            for (int b : chosen) {
                cost += cost < 0 ? 0 : penalty(text, b, words);
            }
            if (cost >= 0 && (best[0] == null || cost < best[0].cost)) {
                best[0] = new Choice(chosen.clone(), cost);
            }
            return;
        }
        int from = depth == 0 ? 0 : chosen[depth - 1];
        for (int i = nextCand; i < cands.size(); i++) {
            int b = cands.get(i);
            if (Ems.of(text.subSequence(from, b)) > maxEms) {
                break;
            }
            chosen[depth] = b;
            walk(text, cands, maxEms, lines, chosen, depth + 1, i + 1, best, words);
        }
    }

    /** Negative when the choice is not allowed at all. */
    private static double cost(String text, int[] breaks, double maxEms) {
        int n = breaks.length + 1;
        double[] w = new double[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            int to = i < breaks.length ? breaks[i] : text.length();
            String line = text.substring(from, to);
            if (line.codePointCount(0, line.length()) < 2) {
                return -1; // never a lone character on a line
            }
            w[i] = Ems.of(line);
            if (w[i] > maxEms) {
                return -1;
            }
            from = to;
        }
        double mean = 0;
        for (double x : w) {
            mean += x / n;
        }
        double spread = 0;
        for (double x : w) {
            spread += (x - mean) * (x - mean);
        }
        // A shorter line above a longer one is the shape the standard avoids, unless it is the
        // top half of a diamond (rising to a peak, then falling).
        double shape = isTrapezoid(w) ? 0 : isDiamond(w) ? 1 : 1000;
        double topHeavy = 0;
        for (int i = 0; i < n; i++) {
            topHeavy -= w[i] * (n - i) * 1e-3;
        }
        return shape * 10 + spread + topHeavy + 100;
    }

    private static boolean isTrapezoid(double[] w) {
        for (int i = 1; i < w.length; i++) {
            if (w[i] > w[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDiamond(double[] w) {
        if (w.length < 3) {
            return false;
        }
        int i = 1;
        while (i < w.length && w[i] >= w[i - 1]) {
            i++;
        }
        while (i < w.length && w[i] <= w[i - 1]) {
            i++;
        }
        return i == w.length;
    }
}
