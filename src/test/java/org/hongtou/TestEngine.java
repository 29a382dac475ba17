package org.hongtou;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hongtou.config.EngineConfiguration;
import org.hongtou.config.Renderers;
import org.hongtou.fonts.FontConfig;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.service.RendererRegistry;
import org.hongtou.service.ReportService;
import org.hongtou.validation.XmlCharCheck;
import org.hongtou.web.FakeRenderers;

/**
 * The engine without Spring for unit tests: the real renderers where the build has them, the
 * fakes of {@link FakeRenderers} for formats it does not have yet.
 */
public final class TestEngine {

    private TestEngine() {
    }

    public static RendererRegistry renderers() {
        List<DocumentRenderer> all = new ArrayList<>(Renderers.create(FontConfig.load(Path.of("fonts"))));
        List<String> have = all.stream().map(DocumentRenderer::format).toList();
        if (!have.contains("docx")) {
            all.add(new FakeRenderers.Fake("docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"));
        }
        if (!have.contains("pdf")) {
            all.add(new FakeRenderers.Fake("pdf", "application/pdf", "%PDF-1.7\n"));
        }
        return new RendererRegistry(all);
    }

    public static ReportService service() {
        return EngineConfiguration.Engine.service(Path.of("templates"), 2 * 1024 * 1024, XmlCharCheck.Mode.REJECT,
                renderers());
    }
}
