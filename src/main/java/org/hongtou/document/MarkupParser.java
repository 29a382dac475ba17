package org.hongtou.document;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the 公文 markup that templates emit (vocabulary in templates/MARKUP.md) into a
 * {@link Document}. The markup is the seam between templates and renderers, so this parser is
 * strict: an unknown element is a template bug and fails loudly rather than vanishing from the page.
 */
public final class MarkupParser {

    private final DocumentBuilderFactory factory;

    public MarkupParser() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            // Templates are ours, but the text in them is the user's: no DTDs, no entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
    }

    public Document parse(String markup) {
        org.w3c.dom.Document dom;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            dom = builder.parse(new InputSource(new StringReader(markup)));
        } catch (ParserConfigurationException | SAXException | java.io.IOException e) {
            throw new MarkupException("template produced malformed markup: " + e.getMessage(), e);
        }
        Element root = dom.getDocumentElement();
        if (!root.getTagName().equals("gongwen")) {
            throw new MarkupException("markup root must be <gongwen>, was <" + root.getTagName() + ">");
        }
        Meta meta = new Meta("", "", "", "");
        Header header = null;
        Colophon colophon = null;
        List<Block> blocks = new ArrayList<>();
        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "meta" -> meta = new Meta(e.getAttribute("title"), e.getAttribute("author"),
                        e.getAttribute("subject"), e.getAttribute("keywords"));
                case "header" -> header = header(e);
                case "title" -> blocks.add(title(e));
                case "to" -> blocks.add(new Block.Recipients(text(e)));
                case "h1", "h2", "h3", "h4" ->
                        blocks.add(new Block.Heading(e.getTagName().charAt(1) - '0', text(e)));
                case "p" -> blocks.add(paragraph(e));
                case "attachments" -> blocks.add(new Block.Attachments(texts(e, "name")));
                case "signature" -> blocks.add(new Block.Signature(text(e),
                        emptyToNull(e.getAttribute("date")), Boolean.parseBoolean(e.getAttribute("sealed"))));
                case "note" -> blocks.add(new Block.Note(text(e)));
                case "colophon" -> colophon = new Colophon(texts(e, "cc"),
                        emptyToNull(childText(e, "printer")), emptyToNull(childText(e, "date")));
                default -> throw unknown(e);
            }
        }
        return new Document(meta, header, blocks, colophon);
    }

    private Header header(Element e) {
        List<String> names = List.of();
        String suffix = "";
        for (Element c : children(e)) {
            if (c.getTagName().equals("mark")) {
                names = texts(c, "name");
                suffix = c.getAttribute("suffix");
            }
        }
        return new Header(emptyToNull(childText(e, "copy")), emptyToNull(childText(e, "secrecy")),
                emptyToNull(childText(e, "urgency")), names, suffix,
                emptyToNull(childText(e, "number")), texts(e, "signer"));
    }

    private Block.Title title(Element e) {
        List<String> lines = texts(e, "line");
        return new Block.Title(lines.isEmpty() ? List.of(text(e)) : lines);
    }

    private Block.Paragraph paragraph(Element e) {
        List<Run> runs = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                runs.add(new Run(n.getNodeValue(), Style.BODY));
            } else if (n instanceof Element lead && lead.getTagName().equals("lead")) {
                int level = Integer.parseInt(lead.getAttribute("level"));
                runs.add(new Run(lead.getTextContent(), Style.heading(level)));
            } else if (n instanceof Element other) {
                throw unknown(other);
            }
        }
        return new Block.Paragraph(trim(runs));
    }

    /** Template indentation must not reach the page: trim the paragraph's ends, keep its inside. */
    private static List<Run> trim(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs);
        if (!out.isEmpty()) {
            Run first = out.get(0);
            out.set(0, new Run(first.text().stripLeading(), first.style()));
            Run last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.style()));
        }
        out.removeIf(r -> r.text().isEmpty());
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> texts(Element e, String tag) {
        return children(e).stream().filter(c -> c.getTagName().equals(tag)).map(MarkupParser::text).toList();
    }

    private static String childText(Element e, String tag) {
        return children(e).stream().filter(c -> c.getTagName().equals(tag)).map(MarkupParser::text)
                .findFirst().orElse(null);
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static MarkupException unknown(Element e) {
        return new MarkupException("unknown markup element <" + e.getTagName() + "> inside <"
                + ((Element) e.getParentNode()).getTagName() + ">");
    }
}
