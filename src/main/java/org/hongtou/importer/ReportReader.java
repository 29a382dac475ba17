package org.hongtou.importer;

import java.time.DateTimeException;
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
import org.hongtou.model.Section;
import org.hongtou.model.Signature;

/**
 * Reads the structure of an annual report out of its lines: red header, title, recipients,
 * opening, numbered parts and sections, closing, attachments, signature, 附注 and 版记, in the
 * order GB/T 9704 puts them. The head and the tail are recognised first, by their fixed forms;
 * what lies between is the body, structured by its heading numbers.
 */
final class ReportReader {

    private static final Pattern COPY = Pattern.compile("^[0-9]{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(★.{0,12})?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急)$");
    private static final Pattern MARK = Pattern.compile("^([^，。：；、\\s]{2,40}?)(文件)$");
    private static final Pattern NUMBER = Pattern.compile(
            "([^\\s，。：；]{1,12}?)\\s*[〔\\[［【(（]\\s*([0-9]{4})\\s*[〕\\]］】)）]\\s*([0-9]{1,4})\\s*号");
    private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[:：]\\s*(.+)$");
    private static final Pattern CC = Pattern.compile("^抄\\s*送\\s*[:：]\\s*(.+?)[。.]?$");
    private static final Pattern PRINTED = Pattern.compile("^(.*?)\\s*([0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)\\s*印\\s*发$");
    private static final Pattern NOTE = Pattern.compile("^[（(]([^（）()]{2,60})[）)]$");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");
    private static final Pattern DATE_CN = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*[:：]\\s*(.*)$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^[0-9]{1,2}\\s*[.．、。]\\s*");
    private static final Pattern CLOSING = Pattern.compile("^(特此报告|特此说明|以上报告|以上情况|妥否).{0,20}$");
    private static final Pattern INSTITUTION = Pattern.compile(
            ".{2,40}(政府|委员会|局|办公室|党委|委|办|中心|所|院|厅|部|街道办事处|乡|镇|公司)$");
    /** Page numbers a PDF-to-text or print conversion leaves: "- 3 -", "— 3 —", "第3页 共8页". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－\\s]*[0-9]{1,3}[-—–－\\s]*|第\\s*[0-9]{1,3}\\s*页(?:\\s*[，,]?\\s*共\\s*[0-9]{1,3}\\s*页)?|[0-9]{1,3}\\s*/\\s*[0-9]{1,3})$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

    private final ArtefactCleaner cleaner = new ArtefactCleaner();

    /** A line after debris cleaning; blank lines are gone, remembered as {@code afterBlank}. */
    private record Line(int no, String text, int outline, boolean whole, boolean afterBlank, String raw) {
    }

    private List<Change> changes;

    ImportResult read(List<SourceLine> source, List<Change> changesSoFar) {
        changes = new ArrayList<>(changesSoFar);
        List<Line> lines = prepare(source);
        if (lines.isEmpty()) {
            throw new ImportException(ImportException.NO_CONTENT, "文件里没有文字。", "The file contains no text.");
        }
        Head head = readHead(lines);
        Tail tail = readTail(lines, head.end);
        List<Line> body = joinBrokenLines(lines.subList(head.end, tail.start), head.title);
        Body b = readBody(body);

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

    // ---- head: red header, title, recipients ----

    private static final class Head {
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

    private Head readHead(List<Line> lines) {
        Head h = new Head();
        int i = 0;
        for (; i < lines.size() && i < 8; i++) {
            String t = lines.get(i).text;
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
                        changes.add(Change.cleaned("document-number", lines.get(i).no, m.group(), canonical,
                                "发文字号改用六角括号〔〕并去掉空格。",
                                "Wrote the document number with hexagonal brackets 〔〕 and without spaces."));
                    }
                    h.number = canonical;
                }
                // Signers are separated by spaces, which the debris cleaning took out: use the raw line.
                m = SIGNER.matcher(Cjk.strip(lines.get(i).raw));
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
                    parts.add(lines.get(q).text);
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
                h.title = cleaner.punctuation(h.title, lines.get(i - 1).no, changes);
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
            String t = cleaner.punctuation(lines.get(i).text, lines.get(i).no, new ArrayList<>());
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

    // ---- tail: closing, attachments, signature, date, 附注, 版记 ----

    private static final class Tail {
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

    private Tail readTail(List<Line> lines, int from) {
        Tail t = new Tail();
        int j = lines.size();
        // 版记 lines, in any order, at the very end.
        while (j > from) {
            String s = lines.get(j - 1).text;
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
                if (t.printer == null && j - 2 >= from && INSTITUTION.matcher(lines.get(j - 2).text).matches()
                        && !lines.get(j - 2).text.contains("，")) {
                    t.printer = lines.get(j - 2).text;
                    j--;
                }
            } else if (s.matches("^[（(]共印\\s*[0-9]+\\s*份[）)]$")) {
                // the print run: not part of the data
            } else {
                break;
            }
            j--;
        }
        if (j > from && NOTE.matcher(lines.get(j - 1).text).matches() && j - 1 > from) {
            String s = lines.get(j - 1).text;
            Matcher m = NOTE.matcher(s);
            m.matches();
            // A 附注 follows the date; a bracketed line elsewhere is body text.
            if (j - 2 >= from && dateOnly(lines.get(j - 2).text) != null) {
                t.note = m.group(1);
                j--;
            }
        }
        if (j > from) {
            String s = lines.get(j - 1).text;
            LocalDate d = dateOnly(s);
            if (d != null) {
                t.date = d;
                if (DATE_CN.matcher(s.replaceAll("\\s+", "")).matches()) {
                    changes.add(Change.cleaned("date-arabic", lines.get(j - 1).no, s, d.toString(),
                            "成文日期用汉字书写，按GB/T 9704-2012改为阿拉伯数字。",
                            "The date was written in Chinese numerals; GB/T 9704-2012 writes it in Arabic digits."));
                }
                j--;
                if (j > from && signerLike(lines.get(j - 1).text)) {
                    t.signer = Cjk.strip(lines.get(j - 1).text.replaceAll("\\s+", ""));
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
                Matcher m = ATTACHMENT.matcher(lines.get(k).text);
                if (m.matches()) {
                    List<String> names = new ArrayList<>();
                    String first = LIST_NUMBER.matcher(m.group(1)).replaceFirst("");
                    if (!first.isBlank()) {
                        names.add(first);
                    }
                    for (int q = k + 1; q < j; q++) {
                        names.add(LIST_NUMBER.matcher(lines.get(q).text).replaceFirst(""));
                    }
                    t.attachments = names;
                    j = k;
                    break;
                }
            }
        }
        List<String> closing = new ArrayList<>();
        while (j > from && CLOSING.matcher(lines.get(j - 1).text).matches()) {
            closing.add(0, cleaner.punctuation(lines.get(j - 1).text, lines.get(j - 1).no, changes));
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

    /** A line that is only a date, written 2024年1月5日 or 二〇二四年一月五日; null otherwise. */
    static LocalDate dateOnly(String s) {
        String c = s.replaceAll("\\s+", "");
        Matcher m = DATE.matcher(c);
        if (m.matches()) {
            return date(c);
        }
        m = DATE_CN.matcher(c);
        if (m.matches()) {
            try {
                int y = 0;
                for (char ch : m.group(1).toCharArray()) {
                    y = y * 10 + ("〇一二三四五六七八九".indexOf(ch == '○' || ch == '零' ? '〇' : ch));
                }
                return LocalDate.of(y, HeadingSyntax.chinese(m.group(2)), HeadingSyntax.chinese(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate date(String s) {
        Matcher m = DATE.matcher(s.replaceAll("\\s+", ""));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---- body ----

    /** Minimum length of a line that, ending mid-clause, is taken as broken rather than a heading. */
    private static final int BROKEN_LINE_MIN = 20;
    private static final Pattern PAGE_HEADER = Pattern.compile("^(?:19|20)[0-9]{2}年度?[\\p{IsHan}]{1,12}");

    /**
     * Text exported from Word or PDF breaks lines inside sentences. A line that ends mid-clause
     * and is followed, without a blank line, by one that is no heading continues on it.
     */
    private List<Line> joinBrokenLines(List<Line> lines, String title) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!out.isEmpty()) {
                Line prev = out.get(out.size() - 1);
                if (!prev.whole && !l.whole && !l.afterBlank && !Cjk.endsClause(prev.text)
                        && prev.text.length() >= BROKEN_LINE_MIN && !standaloneHeading(prev.text)
                        && HeadingSyntax.parse(l.text) == null) {
                    String next = dropPageHeader(prev, l, title);
                    out.set(out.size() - 1, new Line(prev.no, prev.text + next, prev.outline, false, prev.afterBlank, prev.raw));
                    changes.add(Change.cleaned("line-joined", l.no, "", "",
                            "第" + l.no + "行接续上一行的句子，已合并（转换时断行）。",
                            "Line " + l.no + " continues the sentence of the line before; joined (broken by a conversion)."));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    /** A numbered line without a sentence in it is a heading of its own, not a broken sentence. */
    private static boolean standaloneHeading(String text) {
        HeadingSyntax.Numbered n = HeadingSyntax.parse(text);
        return n != null && n.rest().indexOf('。') < 0;
    }

    /**
     * A running page header pasted into a broken sentence ("…建设法⏎2023年法治治化营商环境") is
     * recognised by its year-and-subject form repeating the characters around the break.
     */
    private String dropPageHeader(Line prev, Line l, String title) {
        Matcher m = PAGE_HEADER.matcher(l.text);
        if (!m.find()) {
            return l.text;
        }
        String candidate = m.group();
        for (int len = candidate.length(); len >= 6; len--) {
            String frag = candidate.substring(0, len);
            String rest = l.text.substring(len);
            if (rest.isEmpty()) {
                continue;
            }
            String subject = frag.replaceFirst("^[0-9]{4}年度?", "");
            boolean known = runningHeaderLike(frag, title);
            boolean echoesBefore = !subject.isEmpty() && prev.text.endsWith(subject.substring(0, 1));
            boolean echoesAfter = frag.charAt(frag.length() - 1) == rest.charAt(0);
            if (known && (echoesBefore || echoesAfter)) {
                changes.add(Change.cleaned("page-header-removed", l.no, frag, "",
                        "删除了插入句中的页眉残片「" + frag + "」（请核对）。",
                        "Removed the page-header fragment \"" + frag + "\" pasted into a sentence (please check)."));
                return rest;
            }
        }
        return l.text;
    }

    private static boolean runningHeaderLike(String frag, String title) {
        String subject = frag.replaceFirst("^[0-9]{4}年度?", "");
        String[] known = {"法治政府建设", "法治政府建设工作情况的报告", "法治政府建设情况的报告", "法治政府建设年度报告"};
        for (String k : known) {
            if (k.startsWith(subject)) {
                return true;
            }
        }
        return title != null && title.contains(frag);
    }

    /** A part or section under construction. */
    private static final class Node {
        final int depth;
        final int rank;
        String heading;
        boolean runIn;
        final List<String> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        int line;

        Node(int depth, int rank) {
            this.depth = depth;
            this.rank = rank;
        }

        Section section() {
            return new Section(heading, runIn, paragraphs, children.stream().map(Node::section).toList());
        }
    }

    private final class Body {
        final List<String> opening = new ArrayList<>();
        final List<Node> partNodes = new ArrayList<>();
        final List<Part> parts = new ArrayList<>();
        final List<Integer> years = new ArrayList<>();

        List<Part> parts() {
            return parts;
        }
    }

    private Body readBody(List<Line> lines) {
        Body b = new Body();
        int topRank = Integer.MAX_VALUE;
        for (Line l : lines) {
            HeadingSyntax.Numbered n = HeadingSyntax.parse(l.text);
            if (n != null) {
                topRank = Math.min(topRank, n.style().rank);
            } else if (l.outline >= 0 && l.outline <= 3) {
                topRank = Math.min(topRank, l.outline + 1);
            }
        }
        if (topRank != Integer.MAX_VALUE && topRank > 1) {
            changes.add(Change.guessed("heading-levels-shifted", 0, "",
                    "正文最高一级标题不是「一、」，按层级顺序提升（第一层生成为「一、」）。",
                    "The highest heading level in the text is not 一、; levels are moved up so the first becomes 一、."));
        }
        List<Node> stack = new ArrayList<>();
        for (Line l : lines) {
            HeadingSyntax.Numbered n = HeadingSyntax.parse(l.text);
            int rank = n != null ? n.style().rank : (l.outline >= 0 && l.outline <= 3 && l.text.length() <= 60 ? l.outline + 1 : 0);
            boolean beforeFirstPart = b.partNodes.isEmpty();
            if (rank == 0 || (beforeFirstPart && rank != topRank)) {
                String text = cleaner.punctuation(l.text, l.no, changes);
                if (stack.isEmpty()) {
                    b.opening.add(text);
                } else {
                    stack.get(stack.size() - 1).paragraphs.add(text);
                }
                continue;
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1).rank >= rank) {
                stack.remove(stack.size() - 1);
            }
            Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            int depth = parent == null ? 1 : parent.depth + 1;
            String rest = n != null ? n.rest() : l.text;
            if (depth > 4) {
                parent.paragraphs.add(cleaner.punctuation(l.text, l.no, changes));
                continue;
            }
            rest = cleaner.punctuation(rest, l.no, changes);
            Node node = new Node(depth, rank);
            node.line = l.no;
            List<Node> siblings = parent == null ? b.partNodes : parent.children;
            if (n != null) {
                reportNumbering(n, l, depth, rank - topRank + 1, siblings.size() + 1);
            }
            if (depth == 1) {
                int stop = rest.indexOf('。');
                if (stop > 0 && stop < rest.length() - 1) {
                    node.heading = rest.substring(0, stop);
                    node.paragraphs.add(rest.substring(stop + 1));
                    changes.add(Change.guessed("part-heading-split", l.no, node.heading,
                            "一级标题后接正文，拆为标题和段落。",
                            "A level-1 heading ran on into text; split into heading and paragraph."));
                } else {
                    node.heading = rest;
                }
            } else if (!splitRunIn(node, rest)) {
                if (rest.length() > 60) {
                    parent.paragraphs.add(cleaner.punctuation(l.text, l.no, new ArrayList<>()));
                    changes.add(Change.noticed("numbered-paragraph", l.no, l.text,
                            "带序号的长段落没有可识别的标题，保留为正文（含序号）。",
                            "A long numbered paragraph has no recognisable heading; kept as text, number included."));
                    continue;
                }
                node.heading = rest;
                node.runIn = false;
            }
            siblings.add(node);
            stack.add(node);
        }
        boolean hasMeasures = b.partNodes.stream().anyMatch(p -> PartRoles.of(p.heading) == PartRole.MEASURES);
        boolean measuresSoFar = true;
        for (Node p : b.partNodes) {
            PartRole role = PartRoles.of(p.heading);
            // A report organised by theme ("强化组织领导，着力……") reports its measures under
            // several themed parts before the shortcomings: those parts are the measures.
            if (role != PartRole.CUSTOM) {
                measuresSoFar = false;
            } else if (!hasMeasures && measuresSoFar) {
                role = PartRole.MEASURES;
            }
            b.parts.add(new Part(role, p.heading, p.paragraphs, p.children.stream().map(Node::section).toList()));
            changes.add(Change.guessed("part-role", p.line, role.json(),
                    "一级标题「" + Change.shorten(p.heading) + "」按措辞判定为：" + roleZh(role) + "。",
                    "Level-1 heading judged by its wording to be part: " + role.json() + "."));
        }
        return b;
    }

    /** A run-in heading ends at its first stop within the first 50 characters: （一）加强领导。正文 */
    private static boolean splitRunIn(Node node, String rest) {
        int limit = Math.min(rest.length() - 1, 50);
        for (int i = 1; i < limit; i++) {
            char c = rest.charAt(i);
            if (c == '。' || c == '：' || c == '！' || c == '？') {
                node.heading = c == '。' ? rest.substring(0, i) : rest.substring(0, i + 1);
                node.runIn = true;
                node.paragraphs.add(rest.substring(i + 1));
                return true;
            }
        }
        return false;
    }

    private void reportNumbering(HeadingSyntax.Numbered n, Line l, int depth, int nominalDepth, int expected) {
        if (!n.canonical()) {
            changes.add(Change.cleaned("heading-number-style", l.no, n.number(), n.style().example,
                    "标题序号「" + n.number() + "」写法不规范，改由模板生成。",
                    "Heading number \"" + n.number() + "\" is not in the standard form; the template generates it."));
        }
        if (depth < nominalDepth) {
            changes.add(Change.cleaned("heading-level-promoted", l.no, n.number(), "",
                    "标题「" + n.number() + "」跳过了上一级，按第" + depth + "级编号。",
                    "Heading \"" + n.number() + "\" skips a level; numbered at level " + depth + "."));
        }
        if (n.ordinal() != expected) {
            changes.add(Change.cleaned("heading-renumbered", l.no, n.number(), String.valueOf(expected),
                    "标题序号「" + n.number() + "」不连续，按位置重新编号为第" + expected + "个。",
                    "Heading number \"" + n.number() + "\" is out of sequence; renumbered by position as no. " + expected + "."));
        }
    }

    private static String roleZh(PartRole role) {
        switch (role) {
            case MEASURES:
                return "主要举措和成效";
            case SHORTCOMINGS:
                return "存在的不足和原因";
            case LEADERSHIP:
                return "党政主要负责人履行第一责任人职责情况";
            case PLANS:
                return "下一年度主要安排";
            case OTHER:
                return "其他需要报告的情况";
            default:
                return "自定义部分（不属于规定的五部分）";
        }
    }

    // ---- authority and year ----

    private String authority(Head head, Tail tail, List<Line> body) {
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
        int firstLine = body.isEmpty() ? 0 : body.get(0).no;
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
            String t = l.text;
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

    private int year(String title, Body b) {
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
    private void checkYears(int year, Body b) {
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
                        "没有找到规定的部分：" + roleZh(r) + "。",
                        "No part found for the mandated section: " + r.json() + "."));
            }
        }
    }
}
