package org.hongtou.importer;

import static org.hongtou.importer.Forms.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.Colophon;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.RedHeader;
import org.hongtou.model.Report;
import org.hongtou.model.Signature;

/**
 * Reads the structure of an annual report out of its lines: red header, title, recipients,
 * opening, numbered parts and sections, closing, attachments, signature, 附注 and 版记, in the
 * order GB/T 9704 puts them. The head and the tail are recognised first, by their fixed forms;
 * what lies between is the body, structured by its heading numbers.
 */
final class ReportReader {

    /** Page numbers a PDF-to-text or print conversion leaves: "- 3 -", "— 3 —", "第3页 共8页". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－\\s]*[0-9]{1,3}[-—–－\\s]*|第\\s*[0-9]{1,3}\\s*页(?:\\s*[，,]?\\s*共\\s*[0-9]{1,3}\\s*页)?|[0-9]{1,3}\\s*/\\s*[0-9]{1,3})$");

    private final ArtefactCleaner cleaner = new ArtefactCleaner();

    private List<Change> changes;

    ImportResult read(List<SourceLine> source, List<Change> changesSoFar) {
        changes = new ArrayList<>(changesSoFar);
        List<Line> lines = prepare(source);
        if (lines.isEmpty()) {
            throw new ImportException(ImportException.NO_CONTENT, "文件里没有文字。", "The file contains no text.");
        }
        HeadReader.Head head = new HeadReader(cleaner, changes).read(lines);
        TailReader.Tail tail = new TailReader(cleaner, changes).read(lines, head.end);
        BodyReader bodyReader = new BodyReader(cleaner, changes);
        List<Line> body = bodyReader.joinBrokenLines(lines.subList(head.end, tail.start), head.title);
        BodyReader.Body b = bodyReader.read(body);

        String authority = authority(head, tail, body);
        int year = year(head.title, b);
        checkYears(year, b);
        checkMandatedParts(b.parts);
        if (head.title == null) {
            changes.add(Change.guessed("title-derived", 0, authority + "关于" + year + "年法治政府建设情况的报告",
                    "原文没有标题，由发文机关和年度生成。",
                    "The text has no title; the template derives it from the authority and the year."));
        }
        RedHeader header = head.header(authority);
        Signature signature = tail.signature(authority);
        Colophon colophon = tail.cc.isEmpty() && tail.printer == null ? null
                : new Colophon(tail.cc, tail.printer, tail.printDate);
        Report report = new Report(null, authority, year, header, head.title, head.recipients, b.opening,
                b.parts(), tail.closing, tail.attachments, signature, tail.note, colophon);
        List<Change> out = changes;
        out.sort(java.util.Comparator.comparingInt(Change::line));
        return new ImportResult(report, out);
    }

    // ---- preparation ----

    private List<Line> prepare(List<SourceLine> source) {
        List<Line> out = new ArrayList<>();
        boolean blank = false;
        for (SourceLine s : source) {
            String t = cleaner.debris(s.text(), s.number(), s.whole(), changes);
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            if (PAGE_NUMBER.matcher(t).matches()) {
                changes.add(Change.cleaned("page-number-removed", s.number(), t, "",
                        "删除了转换遗留的页码行。", "Removed a page-number line left by a conversion."));
                continue;
            }
            out.add(new Line(s.number(), t, s.outlineLevel(), s.whole(), blank, s.text()));
            blank = false;
        }
        return out;
    }

    // ---- authority and year ----

    private String authority(HeadReader.Head head, TailReader.Tail tail, List<Line> body) {
        if (head.titleAuthority != null) {
            return head.titleAuthority;
        }
        if (head.marks.size() == 1) {
            return head.marks.get(0);
        }
        if (tail.signer != null) {
            return tail.signer;
        }
        String best = townshipIn(body);
        int firstLine = body.isEmpty() ? 0 : body.get(0).no();
        if (best != null) {
            String a = best + "人民政府";
            changes.add(Change.guessed("authority-guessed", firstLine, a,
                    "原文没有标题和署名，发文机关从正文推断为「" + a + "」，请核对。",
                    "No title or signature names the authority; guessed \"" + a + "\" from the text, please check."));
            return a;
        }
        changes.add(Change.noticed("authority-missing", 0, "",
                "无法识别发文机关，请在数据中填写authority。",
                "Could not find the issuing authority; fill in \"authority\" in the data."));
        return "（发文机关）";
    }

    /**
     * The township a text keeps naming: every 乡/镇 is preceded by 2–4 characters, and the
     * longest name that comes nearly as often as the most frequent one wins ("磙子营乡" over
     * "子营乡"); a name followed by 人民政府 or 党委 counts more.
     */
    private static String townshipIn(List<Line> body) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Line l : body) {
            String t = l.text();
            for (int i = 2; i < t.length(); i++) {
                char c = t.charAt(i);
                if ((c != '乡' && c != '镇') || (i + 1 < t.length() && "村镇土亲愁贤里间风情".indexOf(t.charAt(i + 1)) >= 0)) {
                    continue;
                }
                boolean official = t.startsWith("人民政府", i + 1) || t.startsWith("党委", i + 1);
                for (int len = 2; len <= 4 && i - len >= 0; len++) {
                    String name = t.substring(i - len, i + 1);
                    if (!name.codePoints().limit(len).allMatch(Cjk::ideograph)) {
                        break;
                    }
                    counts.merge(name, official ? 3 : 1, Integer::sum);
                }
            }
        }
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (max >= 3 && e.getValue() * 10 >= max * 6 && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best;
    }

    private int year(String title, BodyReader.Body b) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        for (Part p : b.parts) {
            if (p.role() == PartRole.MEASURES || p.role() == PartRole.SHORTCOMINGS) {
                Matcher m = YEAR.matcher(p.heading());
                if (m.find()) {
                    return guessedYear(Integer.parseInt(m.group(1)), "part heading");
                }
            }
        }
        for (String s : b.opening) {
            Matcher m = YEAR.matcher(s);
            if (m.find()) {
                return guessedYear(Integer.parseInt(m.group(1)), "opening");
            }
        }
        int y = LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        changes.add(Change.noticed("year-missing", 0, "",
                "无法识别报告年度，暂填" + y + "，请核对。",
                "Could not find the year reported on; set " + y + ", please check."));
        return y;
    }

    private int guessedYear(int y, String where) {
        changes.add(Change.guessed("year-guessed", 0, String.valueOf(y),
                "报告年度从" + (where.equals("opening") ? "开头段" : "一级标题") + "推断为" + y + "年。",
                "The year reported on was taken from the " + where + ": " + y + "."));
        return y;
    }

    /** "关于2023年……的报告" whose text says "现将2022年度……汇报如下" is worth a look. */
    private void checkYears(int year, BodyReader.Body b) {
        Pattern report = Pattern.compile("现将[^。]{0,12}?((?:19|20)[0-9]{2})\\s*年");
        for (String s : b.opening) {
            Matcher m = report.matcher(s);
            if (m.find() && Integer.parseInt(m.group(1)) != year) {
                changes.add(Change.noticed("year-mismatch", 0, m.group(),
                        "正文说「" + m.group() + "」，与报告年度" + year + "年不一致（未修改）。",
                        "The text says \"" + m.group() + "\", which contradicts the year " + year + " (left unchanged)."));
            }
        }
        for (Part p : b.parts) {
            Matcher m = YEAR.matcher(p.heading());
            if (!m.find()) {
                continue;
            }
            int y = Integer.parseInt(m.group(1));
            int want = p.role() == PartRole.PLANS ? year + 1 : year;
            if (p.role() != PartRole.CUSTOM && p.role() != PartRole.OTHER && y != want) {
                changes.add(Change.noticed("year-mismatch", 0, p.heading(),
                        "一级标题中的" + y + "年与报告年度不符（应为" + want + "年，未修改）。",
                        "The year " + y + " in a part heading does not fit the report year (expected " + want + "; left unchanged)."));
            }
        }
    }

    private void checkMandatedParts(List<Part> parts) {
        Set<PartRole> present = EnumSet.noneOf(PartRole.class);
        parts.forEach(p -> present.add(p.role()));
        for (PartRole r : PartRole.values()) {
            if (r.mandated() && !present.contains(r)) {
                changes.add(Change.noticed("part-missing", 0, r.json(),
                        "没有找到规定的部分：" + PartRoles.zh(r) + "。",
                        "No part found for the mandated section: " + r.json() + "."));
            }
        }
    }
}
