package org.hongtou.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hongtou.render.DocumentRenderer;

/** The renderers this process has, by {@link DocumentRenderer#format()}. */
public final class RendererRegistry {

    private final Map<String, DocumentRenderer> byFormat = new TreeMap<>();

    public RendererRegistry(List<DocumentRenderer> renderers) {
        for (DocumentRenderer r : renderers) {
            DocumentRenderer previous = byFormat.putIfAbsent(r.format(), r);
            if (previous != null && previous != r) {
                throw new IllegalStateException("two renderers for format " + r.format() + ": "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
    }

    public DocumentRenderer get(String format) {
        DocumentRenderer r = format == null ? null : byFormat.get(format);
        if (r == null) {
            throw new UnsupportedFormatException(format, formats());
        }
        return r;
    }

    public boolean has(String format) {
        return byFormat.containsKey(format);
    }

    /** Available formats, sorted. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    public List<DocumentRenderer> all() {
        return List.copyOf(byFormat.values());
    }
}
