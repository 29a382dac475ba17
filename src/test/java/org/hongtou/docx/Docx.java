package org.hongtou.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hongtou.document.Document;
import org.hongtou.render.RenderResult;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** A rendered DOCX opened for inspection: its parts as text, XPath over them. */
final class Docx {

    static final DocxRenderer RENDERER = new DocxRenderer();
    static final Map<String, String> NS = Map.of("w", Wml.NS_W, "r", Wml.NS_R,
            "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "dc", "http://purl.org/dc/elements/1.1/");

    final byte[] bytes;
    final RenderResult result;
    final Map<String, String> parts = new LinkedHashMap<>();
    final Map<String, Long> times = new LinkedHashMap<>();

    private Docx(byte[] bytes, RenderResult result) {
        this.bytes = bytes;
        this.result = result;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                times.put(e.getName(), e.getTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Docx render(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RenderResult r = RENDERER.render(doc, out);
            return new Docx(out.toByteArray(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Docx markup(String markup) {
        return render(TestDocuments.parse(markup));
    }

    String document() {
        return parts.get("word/document.xml");
    }

    String styles() {
        return parts.get("word/styles.xml");
    }

    /** The string value of an XPath over a part. */
    String xpath(String part, String expr) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NS);
        return engine.evaluate(expr, Input.fromString(parts.get(part)).build());
    }

    String doc(String expr) {
        return xpath("word/document.xml", expr);
    }

    int docInt(String expr) {
        return (int) Double.parseDouble(doc(expr));
    }

    String style(String expr) {
        return xpath("word/styles.xml", expr);
    }

    /** The footer part a section's footer reference of the given type points to. */
    String footer(String sectPrPath, String type) {
        String id = doc(sectPrPath + "/w:footerReference[@w:type='" + type + "']/@r:id");
        String target = xpath("word/_rels/document.xml.rels",
                "/*[local-name()='Relationships']/*[local-name()='Relationship'][@Id='" + id + "']/@Target");
        return "word/" + target.replaceFirst("^/?word/", "");
    }
}
