package org.hongtou.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Word-to-text conversions and careless typing leave in a line, without touching a
 * word: bookmark markers, zero-width characters, tabs, spaces between Chinese characters, and
 * half-width punctuation inside Chinese text. Every change goes into the change list.
 */
final class ArtefactCleaner {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:\\s*[^\\]]{0,80}\\]");

    /**
     * Conversion debris: bookmarks, zero-width characters, tabs, stray spaces; ends stripped.
     * In a DOCX a tab is layout the author set (签发人 pushed right), not debris: removed
     * without a change entry when {@code tabsAreLayout}.
     */
    String debris(String line, int lineNo, boolean tabsAreLayout, List<Change> changes) {
        String s = line;
        Matcher m = BOOKMARK.matcher(s);
        if (m.find()) {
            String found = m.group();
            s = m.replaceAll("");
            changes.add(Change.cleaned("bookmark-removed", lineNo, found, "",
                    "删除了Word转换遗留的书签标记" + found + "。",
                    "Removed the Word bookmark marker " + found + " left by a conversion."));
        }
        if (s.codePoints().anyMatch(Cjk::zeroWidth)) {
            StringBuilder sb = new StringBuilder();
            s.codePoints().filter(c -> !Cjk.zeroWidth(c)).forEach(sb::appendCodePoint);
            s = sb.toString();
            changes.add(Change.cleaned("zero-width-removed", lineNo, "", "",
                    "删除了不可见的零宽字符。", "Removed invisible zero-width characters."));
        }
        s = Cjk.strip(s);
        if (s.indexOf('\t') >= 0) {
            String before = s;
            s = spaces(s.replace('\t', ' '));
            if (tabsAreLayout) {
                return s;
            }
            changes.add(Change.cleaned("tab-removed", lineNo, before, s,
                    "删除了制表符。", "Removed tab characters."));
            return s;
        }
        String spaced = spaces(s);
        if (!spaced.equals(s)) {
            changes.add(Change.cleaned("space-removed", lineNo, s, spaced,
                    "删除了汉字之间多余的空格。", "Removed stray spaces between Chinese characters."));
        }
        return spaced;
    }

    /**
     * Drops runs of spaces that touch a Chinese character on either side (Chinese text has no
     * spaces between words) and collapses the others to one space.
     */
    static String spaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Cjk.space(c)) {
                int j = i;
                while (j < s.length() && Cjk.space(s.charAt(j))) {
                    j++;
                }
                boolean atEdge = i == 0 || j == s.length();
                boolean touchesChinese = (i > 0 && Cjk.chinese(s.charAt(i - 1)))
                        || (j < s.length() && Cjk.chinese(s.charAt(j)));
                if (!atEdge && !touchesChinese) {
                    sb.append(' ');
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Half-width ，；：（）！？ next to Chinese text become full-width. Digits keep 8:30 and 1,000. */
    String punctuation(String s, int lineNo, List<Change> changes) {
        StringBuilder sb = null;
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char full = fullWidth(c);
            if (full == 0) {
                continue;
            }
            int prev = i > 0 ? s.charAt(i - 1) : -1;
            int next = i + 1 < s.length() ? s.charAt(i + 1) : -1;
            boolean chinese = (prev >= 0 && Cjk.chinese(prev)) || (next >= 0 && Cjk.chinese(next));
            boolean betweenDigits = prev >= 0 && next >= 0 && Character.isDigit(prev) && Character.isDigit(next);
            boolean endOfChinese = next < 0 && prev >= 0 && Cjk.chinese(prev);
            if ((chinese || endOfChinese) && !betweenDigits) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, full);
                count++;
            }
        }
        if (sb == null) {
            return s;
        }
        String out = sb.toString();
        changes.add(Change.cleaned("half-width-punctuation", lineNo, s, out,
                "把汉字间的" + count + "个半角标点改为全角（，；：（）！？）。",
                "Replaced " + count + " half-width punctuation mark(s) inside Chinese text with full-width ones."));
        return out;
    }

    private static char fullWidth(char c) {
        switch (c) {
            case ',':
                return '，';
            case ';':
                return '；';
            case ':':
                return '：';
            case '(':
                return '（';
            case ')':
                return '）';
            case '!':
                return '！';
            case '?':
                return '？';
            default:
                return 0;
        }
    }
}
