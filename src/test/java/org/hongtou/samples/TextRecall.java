package org.hongtou.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hongtou.document.Block;
import org.hongtou.document.Colophon;
import org.hongtou.document.Header;
import org.hongtou.document.Document;

/**
 * Compares the words of a document with the words of its source, ignoring what the template
 * generates anyway: heading numbers and whitespace. Recall is the share of the source's
 * characters found, in order, in the output (longest common subsequence), so a dropped or
 * reordered paragraph costs, while added generated text (a derived title, a signature) does not.
 */
public final class TextRecall {

    /** Heading numbers as they appear in real reports: 一、 （一） (一) 1. 1。 1． （1） (1). */
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.。．](?![0-9])|[（(][0-9]{1,2}[）)])");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u3000\\ufeff]+");

    private TextRecall() {
    }

    /** One line with its leading heading number and all whitespace removed. */
    public static String normaliseLine(String line) {
        return SPACE.matcher(NUMBER.matcher(line).replaceFirst("")).replaceAll("");
    }

    /** A whole text, line by line. */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            sb.append(normaliseLine(line));
        }
        return sb.toString();
    }

    /** The document's text as lines, in reading order, header and colophon included, as printed. */
    public static List<String> lines(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.header() != null) {
            Header h = doc.header();
            Stream.of(h.copyNumber(), h.secrecy(), h.urgency()).filter(x -> x != null).forEach(out::add);
            h.markNames().forEach(n -> out.add(n + h.markSuffix()));
            if (h.number() != null) {
                out.add(h.number());
            }
            if (!h.signers().isEmpty()) {
                out.add("签发人：" + String.join(" ", h.signers()));
            }
        }
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Title t) {
                out.addAll(t.lines());
            } else if (b instanceof Block.Recipients r) {
                out.add(r.text());
            } else if (b instanceof Block.Heading h) {
                out.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Block.Attachments a) {
                for (int i = 0; i < a.names().size(); i++) {
                    String numbered = a.names().size() > 1 ? (i + 1) + "." + a.names().get(i) : a.names().get(i);
                    out.add(i == 0 ? "附件：" + numbered : numbered);
                }
            } else if (b instanceof Block.Signature s) {
                out.add(s.authority());
                if (s.date() != null) {
                    out.add(s.date());
                }
            } else if (b instanceof Block.Note n) {
                out.add(n.text());
            }
        }
        Colophon c = doc.colophon();
        if (c != null) {
            if (!c.cc().isEmpty()) {
                out.add("抄送：" + String.join("，", c.cc()) + "。");
            }
            out.add((c.printer() == null ? "" : c.printer()) + (c.printDate() == null ? "" : c.printDate() + "印发"));
        }
        return out;
    }

    public static String text(Document doc) {
        return String.join("\n", lines(doc));
    }

    /** Share of {@code source}'s characters that appear in {@code output} in the same order. */
    public static double recall(String source, String output) {
        if (source.isEmpty()) {
            return 1.0;
        }
        return (double) lcs(source, output) / source.length();
    }

    /** Longest common subsequence length, two rows of memory. */
    public static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Sentences of the source text (split at lines and at 。；！？) that do not appear verbatim in
     * the normalised output: what a reader would notice as changed.
     */
    public static List<String> missingSentences(String sourceText, String normalisedOutput) {
        List<String> missing = new ArrayList<>();
        for (String line : sourceText.split("\\R")) {
            for (String s : normaliseLine(line).split("(?<=[。；;！？])")) {
                if (s.length() > 1 && !normalisedOutput.contains(s)) {
                    missing.add(s);
                }
            }
        }
        return missing;
    }
}
