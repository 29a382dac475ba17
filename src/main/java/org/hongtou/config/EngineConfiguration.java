package org.hongtou.config;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.check.ContentChecks;
import org.hongtou.document.MarkupParser;
import org.hongtou.fonts.FontConfig;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.service.RendererRegistry;
import org.hongtou.service.ReportService;
import org.hongtou.template.TemplateEngine;
import org.hongtou.validation.JsonInput;
import org.hongtou.validation.SchemaCheck;
import org.hongtou.validation.XmlCharCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine as Spring beans. The command line builds the same objects through
 * {@link Engine#create} without Spring, so both run the one pipeline.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HongtouProperties.class)
public class EngineConfiguration {

    @Bean
    FontConfig fontConfig(HongtouProperties props) {
        return FontConfig.load(props.getFonts());
    }

    /**
     * Every DocumentRenderer bean in the context (tests add fakes this way) plus the renderers
     * packaged in the jar, by format; a bean wins over a packaged renderer of the same format.
     */
    @Bean
    RendererRegistry rendererRegistry(ObjectProvider<DocumentRenderer> beans, FontConfig fonts) {
        List<DocumentRenderer> all = new ArrayList<>(beans.orderedStream().toList());
        List<String> formats = all.stream().map(DocumentRenderer::format).toList();
        Renderers.create(fonts).stream().filter(r -> !formats.contains(r.format())).forEach(all::add);
        return new RendererRegistry(all);
    }

    @Bean
    ReportService reportService(HongtouProperties props, RendererRegistry renderers) {
        return Engine.service(props.getTemplates(), props.getMaxBodySize().toBytes(), props.getXmlChars(), renderers);
    }

    /** Static helpers shared with the command line. */
    public static final class Engine {
        private Engine() {
        }

        public static ReportService service(java.nio.file.Path templates, long maxBytes, XmlCharCheck.Mode xmlChars,
                RendererRegistry renderers) {
            return new ReportService(new JsonInput(maxBytes), new SchemaCheck(), new XmlCharCheck(xmlChars),
                    ContentChecks.standard(), new TemplateEngine(templates), new MarkupParser(), renderers);
        }

        public static ReportService create(java.nio.file.Path templates, java.nio.file.Path fonts, long maxBytes) {
            return service(templates, maxBytes, XmlCharCheck.Mode.REJECT,
                    new RendererRegistry(Renderers.create(FontConfig.load(fonts))));
        }
    }
}
