package org.hongtou.config;

import java.util.List;
import org.hongtou.docx.DocxRenderer;
import org.hongtou.fonts.FontConfig;
import org.hongtou.pdf.PdfFonts;
import org.hongtou.pdf.PdfRenderer;
import org.hongtou.render.DocumentRenderer;

/** The renderers the jar holds, for code that runs without Spring (command line, tests). */
public final class Renderers {

    private Renderers() {
    }

    public static List<DocumentRenderer> create(FontConfig fonts) {
        return List.of(new DocxRenderer(fonts), new PdfRenderer(new PdfFonts(fonts)));
    }
}
