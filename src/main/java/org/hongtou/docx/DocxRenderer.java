package org.hongtou.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Styles;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.Meta;
import org.hongtou.fonts.FontConfig;
import org.hongtou.layout.Gbt9704;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.render.RenderResult;
import org.hongtou.render.RenderWarning;

/**
 * Renders a 公文 as DOCX with docx4j, laid out by GB/T 9704-2012 on a 22 × 28 grid that Word, WPS
 * and LibreOffice all honour: a plain line grid, every body line exactly one grid pitch high, and
 * every body glyph narrowed by {@link Gbt9704#DOCX_CHAR_SPACING} so 28 fit a line. (Word's own
 * character grid is not used: LibreOffice gives each Chinese glyph two of its cells.)
 *
 * <p>The parts' XML is written as text in schema order (see {@link BodyXml}, {@link DocxParts});
 * docx4j parses and packages it. Output is byte-for-byte repeatable: no dates, no random ids, and
 * the zip entries carry a fixed timestamp ({@link FixedZip}).
 */
public final class DocxRenderer implements DocumentRenderer {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocxParts parts;

    public DocxRenderer(FontConfig fonts) {
        this.parts = new DocxParts(fonts);
    }

    /** With the packaged font configuration. */
    public DocxRenderer() {
        this(FontConfig.load(null));
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    /**
     * docx4j's first document costs seconds of JAXB set-up; an application calls this at start so
     * its first user does not wait.
     */
    public void warmUp() {
        try {
            render(new Document(new Meta("", "", "", ""), null, List.of(new Block.Paragraph(List.of())), null),
                    OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException("docx4j warm-up failed", e);
        }
    }

    @Override
    public RenderResult render(Document doc, OutputStream out) throws IOException {
        HeaderGeometry geometry = doc.header() == null ? null : HeaderGeometry.of(doc.header());
        Plan plan = plan(doc);
        BodyXml.ColophonPlacement placement = plan.placement();
        int pages = plan.pages();
        List<RenderWarning> warnings = new ArrayList<>();
        if (geometry != null && geometry.markLines() > 1 && doc.header().markNames().size() <= 1) {
            warnings.add(new RenderWarning("mark-too-long",
                    "发文机关标志过长，缩至最小字号仍需换行", "the issuing-authority mark wraps even at its smallest size"));
        }
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart main = pkg.getMainDocumentPart();
            main.getStyleDefinitionsPart().setJaxbElement((Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(parts.styles())));
            DocumentSettingsPart settings = main.getDocumentSettingsPart();
            if (settings == null) {
                settings = new DocumentSettingsPart();
                main.addTargetPart(settings);
            }
            settings.setJaxbElement((CTSettings) XmlUtils.unwrap(XmlUtils.unmarshalString(DocxParts.settings())));
            FontTablePart fontTable = new FontTablePart();
            fontTable.setJaxbElement((Fonts) XmlUtils.unwrap(XmlUtils.unmarshalString(parts.fontTable())));
            main.addTargetPart(fontTable);
            String odd = footer(main, "/word/footer1.xml", DocxParts.pageNumberFooter(true));
            String even = footer(main, "/word/footer2.xml", DocxParts.pageNumberFooter(false));
            String empty = placement == BodyXml.ColophonPlacement.NONE || placement == BodyXml.ColophonPlacement.SAME_PAGE
                    ? odd : footer(main, "/word/footer3.xml", DocxParts.emptyFooter());
            String body = new BodyXml(parts).write(doc, geometry, placement, new BodyXml.Footers(odd, even, empty));
            main.setJaxbElement((org.docx4j.wml.Document) XmlUtils.unwrap(XmlUtils.unmarshalString(body)));
            coreProperties(pkg, doc.meta());
            ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
            pkg.save(raw);
            FixedZip.rewrite(raw.toByteArray(), out);
        } catch (Docx4JException | jakarta.xml.bind.JAXBException e) {
            throw new IOException("DOCX could not be written: " + e.getMessage(), e);
        }
        return new RenderResult(pages, warnings);
    }

    /** Where the 版记 goes and how many pages the file has. */
    record Plan(BodyXml.ColophonPlacement placement, int pages) {
    }

    /**
     * Pagination comes from the shared typesetter (the one the PDF is drawn from, with half-em
     * widths for digits and Latin letters, as in the GB2312 fonts Word uses), so the DOCX breaks
     * its pages where the PDF does.
     */
    static Plan plan(Document doc) {
        org.hongtou.layout.Layout layout = new org.hongtou.layout.Typesetter(org.hongtou.layout.Metrics.HALF_EM)
                .typeset(doc);
        BodyXml.ColophonPlacement placement = switch (layout.colophonPlacement()) {
            case NONE -> BodyXml.ColophonPlacement.NONE;
            case SAME_PAGE -> BodyXml.ColophonPlacement.SAME_PAGE;
            case OWN_PAGE -> BodyXml.ColophonPlacement.NEXT_PAGE;
            case AFTER_BLANK_PAGE -> BodyXml.ColophonPlacement.AFTER_BLANK_PAGE;
        };
        return new Plan(placement, layout.pageCount());
    }

    private static String footer(MainDocumentPart main, String name, String xml)
            throws Docx4JException, jakarta.xml.bind.JAXBException {
        FooterPart part = new FooterPart(new PartName(name));
        part.setJaxbElement((Ftr) XmlUtils.unwrap(XmlUtils.unmarshalString(xml)));
        Relationship rel = main.addTargetPart(part);
        return rel.getId();
    }

    /** Title, author, subject, keywords; no dates (they would change the bytes on every render). */
    private static void coreProperties(WordprocessingMLPackage pkg, Meta meta) throws jakarta.xml.bind.JAXBException {
        String xml = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + Wml.escape(meta.title()) + "</dc:title>"
                + "<dc:subject>" + Wml.escape(meta.subject()) + "</dc:subject>"
                + "<dc:creator>" + Wml.escape(meta.author()) + "</dc:creator>"
                + "<cp:keywords>" + Wml.escape(meta.keywords()) + "</cp:keywords>"
                + "</cp:coreProperties>";
        pkg.getDocPropsCorePart().setJaxbElement(
                (CoreProperties) XmlUtils.unwrap(XmlUtils.unmarshalString(xml, Context.jcDocPropsCore)));
    }
}
