package org.hongtou;

import java.nio.file.Path;
import java.util.List;
import org.hongtou.config.EngineConfiguration;
import org.hongtou.docx.DocxRenderer;
import org.hongtou.pdf.PdfRenderer;
import org.hongtou.service.RendererRegistry;
import org.hongtou.service.ReportService;
import org.hongtou.validation.XmlCharCheck;

/** The engine without Spring for unit tests, with the real renderers and the packaged fonts. */
public final class TestEngine {

    /** A private-use character no font has: how tests provoke a missing-glyph warning. */
    public static final char NO_GLYPH = '\uE000';

    private TestEngine() {
    }

    public static RendererRegistry renderers() {
        return new RendererRegistry(List.of(new DocxRenderer(), new PdfRenderer()));
    }

    public static ReportService service() {
        return EngineConfiguration.Engine.service(Path.of("templates"), 2 * 1024 * 1024, XmlCharCheck.Mode.REJECT,
                renderers());
    }
}
