package org.hongtou.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The trapezoid rule for titles: as few lines as the width allows, broken between words (ICU's
 * dictionary word breaker for Chinese), each line no shorter than the one below it, as even as
 * possible, and never a line holding a lone character. A stand-in until the shared
 * {@code TitleBreaker} lands; both follow GB/T 9704 §7.3.1.
 */
public final class TrapezoidTitle implements TitleLines {

    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);

    @Override
    public List<String> lines(String title, int maxChars) {
        int[] cps = title.codePoints().toArray();
        if (cps.length <= maxChars) {
            return List.of(title);
        }
        List<Integer> bounds = wordBounds(title);
        int n = (cps.length + maxChars - 1) / maxChars;
        for (; n <= cps.length; n++) {
            List<Integer> best = best(bounds, cps.length, n, maxChars);
            if (best != null) {
                List<String> out = new ArrayList<>();
                int from = 0;
                for (int to : best) {
                    out.add(new String(cps, from, to - from));
                    from = to;
                }
                return out;
            }
        }
        return List.of(title);
    }

    /** Word boundaries as code point indices, 0 and the end excluded. */
    private static List<Integer> wordBounds(String title) {
        BreakIterator it = (BreakIterator) WORDS.clone();
        it.setText(title);
        List<Integer> out = new ArrayList<>();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            int cp = title.codePointCount(0, b);
            if (cp > 0 && cp < title.codePointCount(0, title.length())) {
                out.add(cp);
            }
        }
        return out;
    }

    /**
     * The ends of n lines, non-increasing in length, each at most max and at least 2, choosing
     * the most even split (smallest longest-minus-shortest); null when none exists.
     */
    private static List<Integer> best(List<Integer> bounds, int total, int n, int max) {
        List<Integer> best = null;
        double bestScore = Double.MAX_VALUE;
        List<List<Integer>> candidates = new ArrayList<>();
        choose(bounds, 0, n - 1, new ArrayList<>(), candidates);
        for (List<Integer> cuts : candidates) {
            List<Integer> ends = new ArrayList<>(cuts);
            ends.add(total);
            int prev = 0;
            int prevLen = Integer.MAX_VALUE;
            int longest = 0;
            int shortest = Integer.MAX_VALUE;
            boolean ok = true;
            for (int e : ends) {
                int len = e - prev;
                if (len > max || len < 2 || len > prevLen) {
                    ok = false;
                    break;
                }
                longest = Math.max(longest, len);
                shortest = Math.min(shortest, len);
                prevLen = len;
                prev = e;
            }
            if (ok && longest - shortest < bestScore) {
                bestScore = longest - shortest;
                best = ends;
            }
        }
        return best;
    }

    private static void choose(List<Integer> bounds, int from, int k, List<Integer> acc, List<List<Integer>> out) {
        if (k == 0) {
            out.add(new ArrayList<>(acc));
            return;
        }
        if (out.size() > 5000) {
            return; // titles have a few dozen boundaries; this only guards a pathological one
        }
        for (int i = from; i < bounds.size(); i++) {
            acc.add(bounds.get(i));
            choose(bounds, i + 1, k - 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }
}
