package org.hongtou.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.hongtou.layout.FontRole;

/**
 * The role → font mapping of fonts/fonts.properties: read from a fonts folder when one is
 * configured and has the file, else from the copy packaged in the jar.
 */
public final class FontConfig {

    public static final String FILE = "fonts.properties";

    private final Map<FontRole, FontSpec> specs;
    private final Path folder;

    private FontConfig(Map<FontRole, FontSpec> specs, Path folder) {
        this.specs = specs;
        this.folder = folder;
    }

    /** The configuration in {@code folder} (may be null), else the packaged default. */
    public static FontConfig load(Path folder) {
        Properties props = new Properties();
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(FILE))) {
                try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
                    props.load(r);
                }
            } else {
                try (InputStream in = FontConfig.class.getResourceAsStream("/fonts/" + FILE)) {
                    if (in == null) {
                        throw new IllegalStateException("no " + FILE + " in the jar or in " + folder);
                    }
                    props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<FontRole, FontSpec> specs = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            String key = role.name().toLowerCase(Locale.ROOT);
            String docx = required(props, key + ".docx");
            String alt = props.getProperty(key + ".docx.alt", docx).strip();
            List<String> pdf = Arrays.stream(props.getProperty(key + ".pdf", "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            specs.put(role, new FontSpec(role, docx, alt, joinFaceIndex(pdf)));
        }
        return new FontConfig(specs, folder);
    }

    /** "a.ttc,2" is one entry, not two: a bare digit after a comma is a face index. */
    private static List<String> joinFaceIndex(List<String> parts) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String p : parts) {
            if (p.matches("\\d+") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "," + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String required(Properties props, String key) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(FILE + " lacks " + key);
        }
        return v.strip();
    }

    public FontSpec spec(FontRole role) {
        return specs.get(role);
    }

    /** The configured fonts folder, or null when only the packaged fonts are used. */
    public Path folder() {
        return folder;
    }
}
