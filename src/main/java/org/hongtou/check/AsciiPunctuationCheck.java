package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * Chinese text takes full-width punctuation (GB/T 15834): "(一)" and ";" next to Chinese
 * characters are half-width slips, as in the 磙子营乡 sample. A period is only flagged after a
 * Chinese character, because "1." (enumeration) and "96.5%" are correct.
 * One warning per text field, naming the first slip and how many there are.
 */
public final class AsciiPunctuationCheck implements ContentCheck {

    private static final String ASCII = ",;:?!()";

    @Override
    public String code() {
        return "ascii-punctuation";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (TextField field : ReportTexts.prose(report)) {
            String s = field.text();
            int count = 0;
            int first = -1;
            for (int i = 0; i < s.length(); i++) {
                if (slip(s, i)) {
                    count++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            if (count > 0) {
                char c = s.charAt(first);
                String context = s.substring(Math.max(0, first - 4), Math.min(s.length(), first + 5));
                out.add(Finding.warning(field.pointer(), code(),
                        "中文中使用了半角标点“" + c + "”（第 " + (first + 1) + " 个字符，…" + context + "…）"
                                + (count > 1 ? "，共 " + count + " 处" : "") + "，应使用全角标点",
                        "half-width '" + c + "' next to Chinese at character " + (first + 1) + " (…" + context + "…)"
                                + (count > 1 ? ", " + count + " in all" : "") + "; use full-width punctuation"));
            }
        }
        return out;
    }

    private static boolean slip(String s, int i) {
        char c = s.charAt(i);
        boolean before = i > 0 && isHan(s.codePointBefore(i));
        boolean after = i + 1 < s.length() && isHan(s.codePointAt(i + 1));
        if (c == '.') {
            return before && (after || i + 1 == s.length());
        }
        return ASCII.indexOf(c) >= 0 && (before || after);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
