package org.hongtou.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The templates packaged in the jar. A jar cannot be listed portably, so the build's resource
 * folder carries an index (templates/index.txt, one name a line) written beside the templates.
 */
final class TemplateCatalog {

    private TemplateCatalog() {
    }

    static List<String> packaged() {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream("/templates/index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
