package org.hongtou.cli;

import java.nio.file.Path;
import org.hongtou.config.EngineConfiguration;
import org.hongtou.service.ReportService;
import picocli.CommandLine.Option;

/** Options every command shares: where templates and fonts are, as the service's hongtou.* keys. */
final class EngineOptions {

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder (falls back to the jar's); default: ${DEFAULT-VALUE}")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", defaultValue = "fonts",
            description = "fonts folder with fonts.properties (falls back to the jar's); default: ${DEFAULT-VALUE}")
    Path fonts;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "67108864",
            description = "largest input file accepted; default: ${DEFAULT-VALUE}")
    long maxBytes;

    /** Tests put renderers here while the build lacks real ones; null means the jar's renderers. */
    static volatile java.util.function.Supplier<org.hongtou.service.RendererRegistry> renderers;

    ReportService service() {
        if (renderers != null) {
            return EngineConfiguration.Engine.service(templates, maxBytes, org.hongtou.validation.XmlCharCheck.Mode.REJECT,
                    renderers.get());
        }
        return EngineConfiguration.Engine.create(templates, fonts, maxBytes);
    }
}
