package org.hongtou.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraphs of a DOCX, in reading order, each with its outline level and with the number
 * Word would draw for it (list numbering is not in the text, so it is regenerated from
 * numbering.xml). Only the body is read: headers, footers and page numbers are not the report.
 *
 * <p>Uploads are hostile until proven otherwise: the zip is walked with limits on entry count and
 * on bytes actually inflated (zip bombs lie in their headers), and the XML is parsed by a StAX
 * reader with DTDs and external entities off; any DOCTYPE is refused outright, since no genuine
 * Word part has one.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";
    private static final String NUMBERING = "word/numbering.xml";

    private final ImportLimits limits;

    DocxReader(ImportLimits limits) {
        this.limits = limits;
    }

    List<SourceLine> paragraphs(byte[] docx) {
        Map<String, byte[]> parts = unzip(docx);
        if (!parts.containsKey(DOCUMENT)) {
            throw new ImportException(ImportException.NOT_DOCX,
                    "这是ZIP文件，但不是Word文档（缺少word/document.xml）。",
                    "This is a ZIP file but not a Word document (word/document.xml is missing).");
        }
        Map<String, StyleInfo> styles = parts.containsKey(STYLES) ? styles(parts.get(STYLES)) : Map.of();
        Numbering numbering = parts.containsKey(NUMBERING) ? numbering(parts.get(NUMBERING)) : new Numbering();
        return document(parts.get(DOCUMENT), styles, numbering);
    }

    // ---- zip, with limits ----

    private Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> wanted = new HashMap<>();
        int entries = 0;
        long inflated = 0;
        byte[] buf = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > limits.maxDocxEntries()) {
                    throw new ImportException(ImportException.DOCX_TOO_MANY_ENTRIES,
                            "DOCX内含文件过多（超过" + limits.maxDocxEntries() + "个），拒绝处理。",
                            "The DOCX contains too many entries (more than " + limits.maxDocxEntries() + ").");
                }
                String name = e.getName();
                boolean keep = name.equals(DOCUMENT) || name.equals(STYLES) || name.equals(NUMBERING)
                        || name.equals("[Content_Types].xml");
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    inflated += n;
                    if (inflated > limits.maxUncompressedBytes()) {
                        throw new ImportException(ImportException.DOCX_TOO_LARGE_UNCOMPRESSED,
                                "DOCX解压后超过" + (limits.maxUncompressedBytes() >> 20) + " MB，拒绝处理。",
                                "The DOCX inflates to more than " + (limits.maxUncompressedBytes() >> 20) + " MB.");
                    }
                    if (out != null) {
                        out.write(buf, 0, n);
                    }
                }
                if (out != null) {
                    wanted.put(name, out.toByteArray());
                }
            }
        } catch (ZipException ex) {
            throw notDocx(ex);
        } catch (IOException ex) {
            throw notDocx(ex);
        }
        if (entries == 0) {
            throw notDocx(null);
        }
        return wanted;
    }

    private static ImportException notDocx(Exception cause) {
        return new ImportException(ImportException.NOT_DOCX,
                "文件不是有效的DOCX（ZIP结构损坏）。", "The file is not a valid DOCX (broken ZIP structure).", cause);
    }

    // ---- hardened XML ----

    private static XMLStreamReader xml(byte[] bytes, String part) {
        // Raw "<!" followed by DOCTYPE or ENTITY cannot be text (that would be escaped), so a
        // plain scan of the whole part is exact, and cheaper than trusting parser settings alone.
        if (declares(bytes)) {
            throw new ImportException(ImportException.DOCX_UNSAFE_XML,
                    "DOCX中的" + part + "含有DOCTYPE/实体声明，出于安全原因拒绝处理。",
                    "The DOCX part " + part + " declares a DOCTYPE or entities; refused for safety.");
        }
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            return f.createXMLStreamReader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    private static boolean declares(byte[] b) {
        for (int i = 0; i + 9 <= b.length; i++) {
            if (b[i] == '<' && b[i + 1] == '!') {
                String next = new String(b, i + 2, Math.min(7, b.length - i - 2), StandardCharsets.ISO_8859_1)
                        .toUpperCase(Locale.ROOT);
                if (next.startsWith("DOCTYPE") || next.startsWith("ENTITY")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ImportException malformed(String part, Exception e) {
        return new ImportException(ImportException.DOCX_MALFORMED,
                "DOCX中的" + part + "不是有效的XML。", "The DOCX part " + part + " is not well-formed XML.", e);
    }

    private static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(W, local);
        return v != null ? v : r.getAttributeValue(null, local);
    }

    private static boolean isW(XMLStreamReader r, String local) {
        return W.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    // ---- styles ----

    private record StyleInfo(String basedOn, int outline, String numId, int ilvl, String name) {
    }

    private static Map<String, StyleInfo> styles(byte[] bytes) {
        Map<String, StyleInfo> out = new HashMap<>();
        XMLStreamReader r = xml(bytes, STYLES);
        try {
            String id = null;
            String basedOn = null;
            String name = null;
            String numId = null;
            int outline = -1;
            int ilvl = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unsafe(STYLES);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "style")) {
                        id = attr(r, "styleId");
                        basedOn = null;
                        name = null;
                        numId = null;
                        outline = -1;
                        ilvl = 0;
                    } else if (id != null && isW(r, "basedOn")) {
                        basedOn = attr(r, "val");
                    } else if (id != null && isW(r, "name")) {
                        name = attr(r, "val");
                    } else if (id != null && isW(r, "outlineLvl")) {
                        outline = intOr(attr(r, "val"), -1);
                    } else if (id != null && isW(r, "numId")) {
                        numId = attr(r, "val");
                    } else if (id != null && isW(r, "ilvl")) {
                        ilvl = intOr(attr(r, "val"), 0);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && isW(r, "style") && id != null) {
                    if (outline < 0 && name != null && name.toLowerCase(Locale.ROOT).matches("heading [1-9]")) {
                        outline = name.charAt(name.length() - 1) - '1';
                    }
                    out.put(id, new StyleInfo(basedOn, outline, numId, ilvl, name));
                    id = null;
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(STYLES, e);
        }
        return out;
    }

    private static ImportException unsafe(String part) {
        return new ImportException(ImportException.DOCX_UNSAFE_XML,
                "DOCX中的" + part + "含有DOCTYPE/实体引用，出于安全原因拒绝处理。",
                "The DOCX part " + part + " contains a DOCTYPE or entity reference; refused for safety.");
    }

    /** Outline level of a style, following basedOn (bounded: style chains can be cyclic). */
    private static int outline(Map<String, StyleInfo> styles, String id) {
        for (int hops = 0; id != null && hops < 20; hops++) {
            StyleInfo s = styles.get(id);
            if (s == null) {
                return -1;
            }
            if (s.outline >= 0) {
                return s.outline;
            }
            id = s.basedOn;
        }
        return -1;
    }

    private static StyleInfo numberedStyle(Map<String, StyleInfo> styles, String id) {
        for (int hops = 0; id != null && hops < 20; hops++) {
            StyleInfo s = styles.get(id);
            if (s == null) {
                return null;
            }
            if (s.numId != null) {
                return s;
            }
            id = s.basedOn;
        }
        return null;
    }

    // ---- numbering ----

    private record Level(String format, String text, int start) {
    }

    private static final class Numbering {
        final Map<String, String> numToAbstract = new HashMap<>();
        final Map<String, Level[]> abstracts = new HashMap<>();
        final Map<String, int[]> counters = new HashMap<>();

        /** The number Word draws for the next paragraph of list numId at level ilvl; "" if none. */
        String next(String numId, int ilvl) {
            Level[] levels = abstracts.get(numToAbstract.get(numId));
            if (levels == null || ilvl < 0 || ilvl >= levels.length || levels[ilvl] == null) {
                return "";
            }
            int[] c = counters.computeIfAbsent(numId, k -> new int[levels.length]);
            c[ilvl]++;
            for (int d = ilvl + 1; d < c.length; d++) {
                c[d] = 0;
            }
            Level lvl = levels[ilvl];
            if (lvl.format.equals("bullet") || lvl.format.equals("none") || lvl.text == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            String t = lvl.text;
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == '%' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                    int k = t.charAt(i + 1) - '1';
                    if (k >= 0 && k < levels.length && levels[k] != null) {
                        int value = levels[k].start - 1 + Math.max(c[k], 1);
                        sb.append(format(levels[k].format, value));
                    }
                    i++;
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }
    }

    private static String format(String numFmt, int n) {
        if (numFmt.startsWith("chinese") || numFmt.startsWith("ideograph") || numFmt.equals("taiwaneseCounting")) {
            return chineseNumeral(n);
        }
        return String.valueOf(n);
    }

    private static String chineseNumeral(int n) {
        String d = "〇一二三四五六七八九";
        if (n <= 0 || n > 99) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens > 1 ? String.valueOf(d.charAt(tens)) : "") + (tens > 0 ? "十" : "")
                + (ones > 0 ? String.valueOf(d.charAt(ones)) : "");
    }

    private static Numbering numbering(byte[] bytes) {
        Numbering out = new Numbering();
        XMLStreamReader r = xml(bytes, NUMBERING);
        try {
            String abstractId = null;
            Level[] levels = null;
            int ilvl = -1;
            String fmt = "decimal";
            String text = null;
            int start = 1;
            String numId = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unsafe(NUMBERING);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (isW(r, "abstractNum")) {
                        abstractId = attr(r, "abstractNumId");
                        levels = new Level[9];
                    } else if (levels != null && isW(r, "lvl")) {
                        ilvl = intOr(attr(r, "ilvl"), -1);
                        fmt = "decimal";
                        text = null;
                        start = 1;
                    } else if (levels != null && isW(r, "numFmt")) {
                        fmt = String.valueOf(attr(r, "val"));
                    } else if (levels != null && isW(r, "lvlText")) {
                        text = attr(r, "val");
                    } else if (levels != null && isW(r, "start")) {
                        start = intOr(attr(r, "val"), 1);
                    } else if (isW(r, "num")) {
                        numId = attr(r, "numId");
                    } else if (numId != null && isW(r, "abstractNumId")) {
                        out.numToAbstract.put(numId, attr(r, "val"));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (levels != null && isW(r, "lvl") && ilvl >= 0 && ilvl < 9) {
                        levels[ilvl] = new Level(fmt, text, start);
                    } else if (isW(r, "abstractNum") && abstractId != null) {
                        out.abstracts.put(abstractId, levels);
                        levels = null;
                    } else if (isW(r, "num")) {
                        numId = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(NUMBERING, e);
        }
        return out;
    }

    // ---- the document body ----

    private static final class Para {
        final StringBuilder text = new StringBuilder();
        final List<String> lines = new ArrayList<>();
        String style;
        int outline = -1;
        String numId;
        int ilvl;
        boolean inPPr;
    }

    private static List<SourceLine> document(byte[] bytes, Map<String, StyleInfo> styles, Numbering numbering) {
        List<SourceLine> out = new ArrayList<>();
        XMLStreamReader r = xml(bytes, DOCUMENT);
        Deque<Para> open = new ArrayDeque<>();
        int fallbackDepth = 0;
        boolean inText = false;
        int paragraphNo = 0;
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw unsafe(DOCUMENT);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) {
                        fallbackDepth++; // the same content again for old readers: read it once
                    }
                    if (fallbackDepth > 0 || !W.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    Para p = open.peek();
                    switch (r.getLocalName()) {
                        case "p":
                            open.push(new Para());
                            break;
                        case "pPr":
                            if (p != null) {
                                p.inPPr = true;
                            }
                            break;
                        case "pStyle":
                            if (p != null && p.inPPr) {
                                p.style = attr(r, "val");
                            }
                            break;
                        case "outlineLvl":
                            if (p != null && p.inPPr) {
                                p.outline = intOr(attr(r, "val"), -1);
                            }
                            break;
                        case "numId":
                            if (p != null && p.inPPr) {
                                p.numId = attr(r, "val");
                            }
                            break;
                        case "ilvl":
                            if (p != null && p.inPPr) {
                                p.ilvl = intOr(attr(r, "val"), 0);
                            }
                            break;
                        case "t":
                            inText = p != null;
                            break;
                        case "tab":
                            if (p != null && !p.inPPr) {
                                p.text.append('\t');
                            }
                            break;
                        case "br":
                        case "cr":
                            if (p != null && !"page".equals(attr(r, "type"))) {
                                p.lines.add(p.text.toString());
                                p.text.setLength(0);
                            }
                            break;
                        default:
                            break;
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (inText && fallbackDepth == 0 && !open.isEmpty()) {
                        open.peek().text.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) {
                        fallbackDepth--;
                        continue;
                    }
                    if (fallbackDepth > 0 || !W.equals(r.getNamespaceURI())) {
                        continue;
                    }
                    if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("pPr") && !open.isEmpty()) {
                        open.peek().inPPr = false;
                    } else if (r.getLocalName().equals("p") && !open.isEmpty()) {
                        Para p = open.pop();
                        paragraphNo++;
                        emit(p, paragraphNo, styles, numbering, out);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(DOCUMENT, e);
        }
        return out;
    }

    private static void emit(Para p, int no, Map<String, StyleInfo> styles, Numbering numbering, List<SourceLine> out) {
        p.lines.add(p.text.toString());
        String numId = p.numId;
        int ilvl = p.ilvl;
        if (numId == null && p.style != null) {
            StyleInfo s = numberedStyle(styles, p.style);
            if (s != null) {
                numId = s.numId;
                ilvl = s.ilvl;
            }
        }
        String number = numId == null || numId.equals("0") ? "" : numbering.next(numId, ilvl);
        int outline = p.outline >= 0 ? p.outline : outline(styles, p.style);
        boolean first = true;
        for (String line : p.lines) {
            String text = first ? number + line : line;
            if (!text.isBlank() || first) {
                out.add(new SourceLine(no, text, outline >= 0 && outline < 9 ? outline : -1, true));
            }
            first = false;
        }
    }

    private static int intOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
