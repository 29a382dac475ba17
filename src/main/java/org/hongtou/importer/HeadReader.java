package org.hongtou.importer;

import static org.hongtou.importer.Forms.INSTITUTION;
import static org.hongtou.importer.Forms.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.RedHeader;

/**
 * The head of a 公文, by its fixed forms: the red-header lines (份号, 密级, 紧急程度, 发文机关标志,
 * 发文字号, 签发人), the title on one to three lines, and the recipients line ending in a colon.
 */
final class HeadReader {

    private static final Pattern COPY = Pattern.compile("^[0-9]{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(★.{0,12})?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急)$");
    private static final Pattern MARK = Pattern.compile("^([^，。：；、\\s]{2,40}?)(文件)$");
    private static final Pattern NUMBER = Pattern.compile(
            "([^\\s，。：；]{1,12}?)\\s*[〔\\[［【(（]\\s*([0-9]{4})\\s*[〕\\]］】)）]\\s*([0-9]{1,4})\\s*号");
    private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[:：]\\s*(.+)$");

    private final ArtefactCleaner cleaner;
    private final List<Change> changes;

    HeadReader(ArtefactCleaner cleaner, List<Change> changes) {
        this.cleaner = cleaner;
        this.changes = changes;
    }

    static final class Head {
        int end;
        String copy;
        String secrecy;
        String urgency;
        final List<String> marks = new ArrayList<>();
        String number;
        final List<String> signers = new ArrayList<>();
        String title;
        String titleAuthority;
        List<String> recipients = List.of();

        RedHeader header(String authority) {
            if (number == null && signers.isEmpty() && marks.isEmpty() && copy == null) {
                return null;
            }
            List<String> names = marks.size() == 1 && marks.get(0).equals(authority) ? List.of() : marks;
            return new RedHeader(copy, secrecy, urgency, names, null, number, signers);
        }
    }

    Head read(List<Line> lines) {
        Head h = new Head();
        int i = 0;
        for (; i < lines.size() && i < 8; i++) {
            String t = lines.get(i).text();
            String compact = t.replaceAll("\\s+", "");
            Matcher m;
            if (COPY.matcher(compact).matches()) {
                h.copy = compact;
            } else if (SECRECY.matcher(compact).matches()) {
                h.secrecy = compact;
            } else if (URGENCY.matcher(compact).matches()) {
                h.urgency = compact;
            } else if ((m = MARK.matcher(compact)).matches() && !compact.contains("关于")) {
                h.marks.add(m.group(1));
            } else if (NUMBER.matcher(t).find() || SIGNER.matcher(t).find()) {
                m = NUMBER.matcher(t);
                if (m.find()) {
                    String canonical = m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
                    if (!m.group().equals(canonical)) {
                        changes.add(Change.cleaned("document-number", lines.get(i).no(), m.group(), canonical,
                                "发文字号改用六角括号〔〕并去掉空格。",
                                "Wrote the document number with hexagonal brackets 〔〕 and without spaces."));
                    }
                    h.number = canonical;
                }
                // Signers are separated by spaces, which the debris cleaning took out: use the raw line.
                m = SIGNER.matcher(Cjk.strip(lines.get(i).raw()));
                if (m.find()) {
                    h.signers.addAll(signers(m.group(1)));
                }
            } else {
                break;
            }
        }
        // Title: one line, or the authority and 关于…的报告 on two lines, or none at all.
        if (i < lines.size()) {
            for (int k = 1; k <= 3 && i + k <= lines.size(); k++) {
                List<String> parts = new ArrayList<>();
                for (int q = i; q < i + k; q++) {
                    parts.add(lines.get(q).text());
                }
                String last = parts.get(k - 1);
                if (last.contains("。") || last.length() > 80 || (k > 1 && parts.get(0).contains("，"))) {
                    break;
                }
                String joined = String.join("", parts);
                if (titleLike(joined)) {
                    h.title = joined;
                    if (k >= 2 && authorityLike(parts.get(0)) && parts.get(1).startsWith("关于")) {
                        h.titleAuthority = parts.get(0);
                    }
                    i += k;
                    break;
                }
            }
            if (h.title != null) {
                h.title = cleaner.punctuation(h.title, lines.get(i - 1).no(), changes);
                int about = h.title.indexOf("关于");
                Matcher year = YEAR.matcher(h.title);
                if (h.titleAuthority == null && about >= 2) {
                    h.titleAuthority = h.title.substring(0, about);
                } else if (h.titleAuthority == null && about < 0 && year.find() && year.start() >= 2
                        && INSTITUTION.matcher(h.title.substring(0, year.start())).matches()) {
                    h.titleAuthority = h.title.substring(0, year.start()); // XX街道办事处2023年……报告
                }
            }
        }
        if (i < lines.size()) {
            String t = cleaner.punctuation(lines.get(i).text(), lines.get(i).no(), new ArrayList<>());
            if (t.endsWith("：") && t.length() <= 80 && !t.contains("。") && HeadingSyntax.parse(t) == null
                    && !t.startsWith("现将")) {
                List<String> names = new ArrayList<>();
                for (String n : t.substring(0, t.length() - 1).split("[、，；]")) {
                    if (!n.isBlank()) {
                        names.add(n.strip());
                    }
                }
                h.recipients = names;
                i++;
            }
        }
        h.end = i;
        return h;
    }

    /**
     * 签发人 names, separated by spaces or 、. A two-character name is often padded to the width
     * of a three-character one ("周  平"): two single characters in a row are one name.
     */
    static List<String> signers(String s) {
        List<String> tokens = new ArrayList<>();
        for (String t : s.split("[\\s\\u3000、，,；;]+")) {
            if (!t.isBlank()) {
                tokens.add(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).length() == 1 && k + 1 < tokens.size() && tokens.get(k + 1).length() == 1) {
                out.add(tokens.get(k) + tokens.get(k + 1));
                k++;
            } else {
                out.add(tokens.get(k));
            }
        }
        return out;
    }

    private static boolean authorityLike(String s) {
        return s.length() >= 3 && s.length() <= 30 && INSTITUTION.matcher(s).matches()
                && !s.matches(".*[，。：；、,.:;].*") && HeadingSyntax.parse(s) == null && !s.contains("关于");
    }

    private static boolean titleEnds(String s) {
        return s.matches(".*(报告|情况|总结|报告》)$");
    }

    private static boolean titleLike(String s) {
        return s.length() <= 80 && !s.contains("。") && HeadingSyntax.parse(s) == null
                && (s.contains("关于") ? titleEnds(s) : s.endsWith("报告"));
    }
}
