package org.hongtou.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Section;

/**
 * The body between head and tail: joins lines a conversion broke (dropping a pasted page
 * header), then builds parts and sections from the heading numbers, fixing skipped levels and
 * numbers out of sequence, and names each part's role by its wording.
 */
final class BodyReader {

    private final ArtefactCleaner cleaner;
    private final List<Change> changes;

    BodyReader(ArtefactCleaner cleaner, List<Change> changes) {
        this.cleaner = cleaner;
        this.changes = changes;
    }

    /** Minimum length of a line that, ending mid-clause, is taken as broken rather than a heading. */
    private static final int BROKEN_LINE_MIN = 20;
    private static final Pattern PAGE_HEADER = Pattern.compile("^(?:19|20)[0-9]{2}年度?[\\p{IsHan}]{1,12}");

    /**
     * Text exported from Word or PDF breaks lines inside sentences. A line that ends mid-clause
     * and is followed, without a blank line, by one that is no heading continues on it.
     */
    List<Line> joinBrokenLines(List<Line> lines, String title) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            if (!out.isEmpty()) {
                Line prev = out.get(out.size() - 1);
                if (!prev.whole() && !l.whole() && !l.afterBlank() && !Cjk.endsClause(prev.text())
                        && prev.text().length() >= BROKEN_LINE_MIN && !standaloneHeading(prev.text())
                        && HeadingSyntax.parse(l.text()) == null) {
                    String next = dropPageHeader(prev, l, title);
                    out.set(out.size() - 1, new Line(prev.no(), prev.text() + next, prev.outline(), false, prev.afterBlank(), prev.raw()));
                    changes.add(Change.cleaned("line-joined", l.no(), "", "",
                            "第" + l.no() + "行接续上一行的句子，已合并（转换时断行）。",
                            "Line " + l.no() + " continues the sentence of the line before; joined (broken by a conversion)."));
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
        Matcher m = PAGE_HEADER.matcher(l.text());
        if (!m.find()) {
            return l.text();
        }
        String candidate = m.group();
        for (int len = candidate.length(); len >= 6; len--) {
            String frag = candidate.substring(0, len);
            String rest = l.text().substring(len);
            if (rest.isEmpty()) {
                continue;
            }
            String subject = frag.replaceFirst("^[0-9]{4}年度?", "");
            boolean known = runningHeaderLike(frag, title);
            boolean echoesBefore = !subject.isEmpty() && prev.text().endsWith(subject.substring(0, 1));
            boolean echoesAfter = frag.charAt(frag.length() - 1) == rest.charAt(0);
            if (known && (echoesBefore || echoesAfter)) {
                changes.add(Change.cleaned("page-header-removed", l.no(), frag, "",
                        "删除了插入句中的页眉残片「" + frag + "」（请核对）。",
                        "Removed the page-header fragment \"" + frag + "\" pasted into a sentence (please check)."));
                return rest;
            }
        }
        return l.text();
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

    static final class Body {
        final List<String> opening = new ArrayList<>();
        final List<Node> partNodes = new ArrayList<>();
        final List<Part> parts = new ArrayList<>();
        final List<Integer> years = new ArrayList<>();

        List<Part> parts() {
            return parts;
        }
    }

    Body read(List<Line> lines) {
        Body b = new Body();
        int topRank = Integer.MAX_VALUE;
        for (Line l : lines) {
            HeadingSyntax.Numbered n = HeadingSyntax.parse(l.text());
            if (n != null) {
                topRank = Math.min(topRank, n.style().rank);
            } else if (l.outline() >= 0 && l.outline() <= 3) {
                topRank = Math.min(topRank, l.outline() + 1);
            }
        }
        if (topRank != Integer.MAX_VALUE && topRank > 1) {
            changes.add(Change.guessed("heading-levels-shifted", 0, "",
                    "正文最高一级标题不是「一、」，按层级顺序提升（第一层生成为「一、」）。",
                    "The highest heading level in the text is not 一、; levels are moved up so the first becomes 一、."));
        }
        List<Node> stack = new ArrayList<>();
        for (Line l : lines) {
            HeadingSyntax.Numbered n = HeadingSyntax.parse(l.text());
            int rank = n != null ? n.style().rank : (l.outline() >= 0 && l.outline() <= 3 && l.text().length() <= 60 ? l.outline() + 1 : 0);
            boolean beforeFirstPart = b.partNodes.isEmpty();
            if (rank == 0 || (beforeFirstPart && rank != topRank)) {
                String text = cleaner.punctuation(l.text(), l.no(), changes);
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
            String rest = n != null ? n.rest() : l.text();
            if (depth > 4) {
                parent.paragraphs.add(cleaner.punctuation(l.text(), l.no(), changes));
                continue;
            }
            rest = cleaner.punctuation(rest, l.no(), changes);
            Node node = new Node(depth, rank);
            node.line = l.no();
            List<Node> siblings = parent == null ? b.partNodes : parent.children;
            if (n != null) {
                reportNumbering(n, l, depth, rank - topRank + 1, siblings.size() + 1);
            }
            if (depth == 1) {
                int stop = rest.indexOf('。');
                if (stop > 0 && stop < rest.length() - 1) {
                    node.heading = rest.substring(0, stop);
                    node.paragraphs.add(rest.substring(stop + 1));
                    changes.add(Change.guessed("part-heading-split", l.no(), node.heading,
                            "一级标题后接正文，拆为标题和段落。",
                            "A level-1 heading ran on into text; split into heading and paragraph."));
                } else {
                    node.heading = rest;
                }
            } else if (!splitRunIn(node, rest)) {
                if (rest.length() > 60) {
                    parent.paragraphs.add(cleaner.punctuation(l.text(), l.no(), new ArrayList<>()));
                    changes.add(Change.noticed("numbered-paragraph", l.no(), l.text(),
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
                    "一级标题「" + Change.shorten(p.heading) + "」按措辞判定为：" + PartRoles.zh(role) + "。",
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
            changes.add(Change.cleaned("heading-number-style", l.no(), n.number(), n.style().example,
                    "标题序号「" + n.number() + "」写法不规范，改由模板生成。",
                    "Heading number \"" + n.number() + "\" is not in the standard form; the template generates it."));
        }
        if (depth < nominalDepth) {
            changes.add(Change.cleaned("heading-level-promoted", l.no(), n.number(), "",
                    "标题「" + n.number() + "」跳过了上一级，按第" + depth + "级编号。",
                    "Heading \"" + n.number() + "\" skips a level; numbered at level " + depth + "."));
        }
        if (n.ordinal() != expected) {
            changes.add(Change.cleaned("heading-renumbered", l.no(), n.number(), String.valueOf(expected),
                    "标题序号「" + n.number() + "」不连续，按位置重新编号为第" + expected + "个。",
                    "Heading number \"" + n.number() + "\" is out of sequence; renumbered by position as no. " + expected + "."));
        }
    }
}
