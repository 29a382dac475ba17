package org.hongtou.config;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.hongtou.fonts.FontConfig;
import org.hongtou.render.DocumentRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the renderers the jar holds. The DOCX and PDF renderers are written in parallel with
 * this code, so they are found by class name and constructed with a {@link FontConfig} when
 * they take one, else without arguments. Once both are in main, this can become plain
 * {@code new DocxRenderer(fonts)} calls; the rest of the code sees only {@link DocumentRenderer}.
 */
public final class Renderers {

    private static final Logger log = LoggerFactory.getLogger(Renderers.class);
    static final List<String> KNOWN = List.of("org.hongtou.docx.DocxRenderer", "org.hongtou.pdf.PdfRenderer");

    private Renderers() {
    }

    public static List<DocumentRenderer> create(FontConfig fonts) {
        List<DocumentRenderer> out = new ArrayList<>();
        for (String name : KNOWN) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                log.info("renderer {} not in this build", name);
                continue;
            }
            out.add(construct(type, fonts));
        }
        return out;
    }

    private static DocumentRenderer construct(Class<?> type, FontConfig fonts) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == FontConfig.class) {
                    return (DocumentRenderer) c.newInstance(fonts);
                }
            }
            return (DocumentRenderer) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }
}
