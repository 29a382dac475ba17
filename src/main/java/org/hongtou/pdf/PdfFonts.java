package org.hongtou.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hongtou.fonts.FontConfig;
import org.hongtou.fonts.FontSpec;
import org.hongtou.layout.FontRole;
import org.hongtou.layout.Metrics;

/**
 * The PDF fonts of every role, loaded once: each configured file is read into memory a single
 * time and turned into one shared {@link BaseFont} (embedded, Identity-H, subset on write), so a
 * render never touches the disk. {@link #font} walks a role's fallback chain per character.
 */
public final class PdfFonts implements Metrics {

    /**
     * Deflate level of embedded font subsets. Compressing a few hundred KB of glyph outlines is
     * most of a render's time; level 1 is several times faster than the default for 10-15 % more
     * bytes.
     */
    static final int FONT_COMPRESSION = Integer.getInteger("hongtou.pdf.fontCompression", 1);

    private final Map<FontRole, List<BaseFont>> chains = new EnumMap<>(FontRole.class);

    public PdfFonts(FontConfig config) {
        Map<String, BaseFont> byFile = new HashMap<>();
        for (FontRole role : FontRole.values()) {
            FontSpec spec = config.spec(role);
            List<BaseFont> chain = new ArrayList<>();
            for (String entry : spec.pdfFiles()) {
                chain.add(byFile.computeIfAbsent(entry, e -> load(config.folder(), e)));
            }
            if (chain.isEmpty()) {
                throw new IllegalStateException("fonts.properties names no PDF font for " + role);
            }
            chains.put(role, List.copyOf(chain));
        }
    }

    /** The packaged default fonts, shared: loading them costs a second and 40 MB. */
    public static PdfFonts defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final PdfFonts DEFAULT = new PdfFonts(FontConfig.load(null));
    }

    /** The first font of the role's chain that has the character, or null when none has it. */
    public BaseFont font(FontRole role, int codePoint) {
        for (BaseFont f : chains.get(role)) {
            if (f.charExists(codePoint)) {
                return f;
            }
        }
        return null;
    }

    public BaseFont primary(FontRole role) {
        return chains.get(role).get(0);
    }

    /** Advance width from the font that will draw the character (the primary one if none has it). */
    @Override
    public double width(int codePoint, FontRole role, double size) {
        BaseFont f = font(role, codePoint);
        return (f == null ? primary(role) : f).getWidthPoint(codePoint, (float) size);
    }

    /**
     * Reads "name", "name,face" or "/absolute/path[,face]": absolute paths are a deployment's own
     * (licensed) files; plain names come from the configured fonts folder, else from the jar.
     */
    private static BaseFont load(Path folder, String entry) {
        String file = entry;
        String face = "";
        int comma = entry.lastIndexOf(',');
        if (comma > 0 && entry.substring(comma + 1).matches("\\d+")) {
            file = entry.substring(0, comma);
            face = entry.substring(comma);
        }
        try {
            byte[] bytes = read(folder, file);
            // OpenPDF picks the font type from the name's extension; the bytes are what it reads.
            String name = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT) + face;
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setCompressionLevel(FONT_COMPRESSION);
            return font;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load PDF font " + entry + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path folder, String file) throws IOException {
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return Files.readAllBytes(p);
        }
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            return Files.readAllBytes(folder.resolve(file));
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("no " + file + " in the fonts folder or the jar");
            }
            return in.readAllBytes();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
