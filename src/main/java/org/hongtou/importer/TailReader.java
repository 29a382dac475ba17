package org.hongtou.importer;

import static org.hongtou.importer.Forms.INSTITUTION;
import static org.hongtou.importer.Forms.DATE;
import static org.hongtou.importer.Forms.DATE_CN;
import static org.hongtou.importer.Forms.dateOnly;
import static org.hongtou.importer.Forms.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.Signature;

/**
 * The tail of a 公文, read backwards from the end: 版记 (抄送, 印发), 附注, 成文日期, 署名,
 * 附件说明 and a closing formula such as 特此报告。 What stops matching is where the body ends.
 */
final class TailReader {

    private static final Pattern CC = Pattern.compile("^抄\\s*送\\s*[:：]\\s*(.+?)[。.]?$");
    private static final Pattern PRINTED = Pattern.compile("^(.*?)\\s*([0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*印\\s*发$");
    private static final Pattern NOTE = Pattern.compile("^[（(]([^（）()]{2,60})[）)]$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*[:：]\\s*(.*)$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^[0-9]{1,2}\\s*[.．、。]\\s*");
    private static final Pattern CLOSING = Pattern.compile("^(特此报告|特此说明|以上报告|以上情况|妥否).{0,20}$");

    private final ArtefactCleaner cleaner;
    private final List<Change> changes;

    TailReader(ArtefactCleaner cleaner, List<Change> changes) {
        this.cleaner = cleaner;
        this.changes = changes;
    }

    static final class Tail {
        int start;
        List<String> closing = List.of();
        List<String> attachments = List.of();
        String signer;
        LocalDate date;
        String note;
        final List<String> cc = new ArrayList<>();
        String printer;
        LocalDate printDate;

        Signature signature(String authority) {
            if (signer == null && date == null) {
                return null;
            }
            return new Signature(signer == null || signer.equals(authority) ? null : signer, date, false);
        }
    }

    Tail read(List<Line> lines, int from) {
        Tail t = new Tail();
        int j = lines.size();
        // 版记 lines, in any order, at the very end.
        while (j > from) {
            String s = lines.get(j - 1).text();
            Matcher m;
            if ((m = CC.matcher(s)).matches()) {
                for (String n : m.group(1).split("[、，,；;]")) {
                    if (!n.isBlank()) {
                        t.cc.add(Cjk.strip(n));
                    }
                }
            } else if ((m = PRINTED.matcher(s)).matches()) {
                t.printer = m.group(1).isBlank() ? null : Cjk.strip(m.group(1));
                t.printDate = date(m.group(2));
                // In a DOCX the 版记 is often a table: printer and date in cells of their own.
                if (t.printer == null && j - 2 >= from && INSTITUTION.matcher(lines.get(j - 2).text()).matches()
                        && !lines.get(j - 2).text().contains("，")) {
                    t.printer = lines.get(j - 2).text();
                    j--;
                }
            } else if (s.matches("^[（(]共印\\s*[0-9]+\\s*份[）)]$")) {
                // the print run: not part of the data
            } else {
                break;
            }
            j--;
        }
        if (j > from && NOTE.matcher(lines.get(j - 1).text()).matches() && j - 1 > from) {
            String s = lines.get(j - 1).text();
            Matcher m = NOTE.matcher(s);
            m.matches();
            // A 附注 follows the date; a bracketed line elsewhere is body text.
            if (j - 2 >= from && dateOnly(lines.get(j - 2).text()) != null) {
                t.note = m.group(1);
                j--;
            }
        }
        if (j > from) {
            String s = lines.get(j - 1).text();
            LocalDate d = dateOnly(s);
            if (d != null) {
                t.date = d;
                if (DATE_CN.matcher(s.replaceAll("\\s+", "")).matches()) {
                    changes.add(Change.cleaned("date-arabic", lines.get(j - 1).no(), s, d.toString(),
                            "成文日期用汉字书写，按GB/T 9704-2012改为阿拉伯数字。",
                            "The date was written in Chinese numerals; GB/T 9704-2012 writes it in Arabic digits."));
                }
                j--;
                if (j > from && signerLike(lines.get(j - 1).text())) {
                    t.signer = Cjk.strip(lines.get(j - 1).text().replaceAll("\\s+", ""));
                    j--;
                }
            } else {
                Matcher m = DATE.matcher(s);
                if (m.find() && m.end() == s.length() && m.start() > 0
                        && signerLike(s.substring(0, m.start()).strip())) {
                    t.signer = s.substring(0, m.start()).replaceAll("\\s+", "");
                    t.date = date(m.group());
                    j--;
                }
            }
        }
        // 附件说明: "附件：1.…" and the following numbered names, just above the signature.
        if (t.date != null || t.signer != null) {
            for (int k = j - 1; k >= Math.max(from, j - 12); k--) {
                Matcher m = ATTACHMENT.matcher(lines.get(k).text());
                if (m.matches()) {
                    List<String> names = new ArrayList<>();
                    String first = LIST_NUMBER.matcher(m.group(1)).replaceFirst("");
                    if (!first.isBlank()) {
                        names.add(first);
                    }
                    for (int q = k + 1; q < j; q++) {
                        names.add(LIST_NUMBER.matcher(lines.get(q).text()).replaceFirst(""));
                    }
                    t.attachments = names;
                    j = k;
                    break;
                }
            }
        }
        List<String> closing = new ArrayList<>();
        while (j > from && CLOSING.matcher(lines.get(j - 1).text()).matches()) {
            closing.add(0, cleaner.punctuation(lines.get(j - 1).text(), lines.get(j - 1).no(), changes));
            j--;
        }
        t.closing = closing;
        t.start = j;
        return t;
    }

    private static boolean signerLike(String s) {
        String c = s.replaceAll("\\s+", "");
        return c.length() <= 40 && INSTITUTION.matcher(c).matches() && !c.matches(".*[，。：；,.:;].*")
                && HeadingSyntax.parse(c) == null;
    }
}
