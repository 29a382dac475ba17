package org.hongtou.config;

import java.io.OutputStream;
import java.util.List;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.service.PreparedReport;
import org.hongtou.service.RendererRegistry;
import org.hongtou.service.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first docx4j document costs seconds (JAXB contexts, font scanning). Render a small report
 * once through every renderer in the background after start-up, so no user pays for it.
 */
@Component
public class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    static final String SAMPLE = "{\"authority\":\"示例乡人民政府\",\"year\":2024,"
            + "\"parts\":[{\"role\":\"measures\",\"paragraphs\":[\"预热。\"]}]}";

    private final ReportService service;
    private final RendererRegistry renderers;

    public WarmUp(ReportService service, RendererRegistry renderers) {
        this.service = service;
        this.renderers = renderers;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        Thread t = new Thread(this::run, "hongtou-warm-up");
        t.setDaemon(true);
        t.start();
    }

    void run() {
        long start = System.nanoTime();
        try {
            PreparedReport prepared = service.prepare(JsonMapper.builder().build().readTree(SAMPLE));
            List<DocumentRenderer> all = renderers.all();
            for (DocumentRenderer r : all) {
                r.render(prepared.document(), OutputStream.nullOutputStream());
            }
            log.info("warm-up done in {} ms for {}", (System.nanoTime() - start) / 1_000_000, renderers.formats());
        } catch (Exception e) {
            log.warn("warm-up failed: {}", e.toString());
        }
    }
}
