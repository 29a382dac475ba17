package org.hongtou.config;

import java.util.List;
import org.hongtou.check.ContentChecks;
import org.hongtou.document.MarkupParser;
import org.hongtou.docx.DocxRenderer;
import org.hongtou.fonts.FontConfig;
import org.hongtou.pdf.PdfFonts;
import org.hongtou.pdf.PdfRenderer;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.service.RendererRegistry;
import org.hongtou.service.ReportService;
import org.hongtou.template.TemplateEngine;
import org.hongtou.validation.JsonInput;
import org.hongtou.validation.SchemaCheck;
import org.hongtou.validation.XmlCharCheck;
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

    @Bean
    DocxRenderer docxRenderer(FontConfig fonts) {
        return new DocxRenderer(fonts);
    }

    @Bean
    PdfRenderer pdfRenderer(FontConfig fonts) {
        return new PdfRenderer(new PdfFonts(fonts));
    }

    /** Every DocumentRenderer bean, by its format(): a new format is a new bean, nothing else. */
    @Bean
    RendererRegistry rendererRegistry(List<DocumentRenderer> renderers) {
        return new RendererRegistry(renderers);
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

        /** The command line's engine: the same renderers as the service, without Spring. */
        public static ReportService create(java.nio.file.Path templates, java.nio.file.Path fonts, long maxBytes) {
            FontConfig config = FontConfig.load(fonts);
            return service(templates, maxBytes, XmlCharCheck.Mode.REJECT, new RendererRegistry(Renderers.create(config)));
        }
    }
}
