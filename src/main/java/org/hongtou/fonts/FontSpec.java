package org.hongtou.fonts;

import java.util.List;
import org.hongtou.layout.FontRole;

/**
 * How one role is set in each format.
 *
 * @param role        the role
 * @param docxName    the official font name Word should use
 * @param docxAltName what Word may use when the official font is not installed
 * @param pdfFiles    PDF font files, first choice first, the rest a fallback chain for missing glyphs
 */
public record FontSpec(FontRole role, String docxName, String docxAltName, List<String> pdfFiles) {

    public FontSpec {
        pdfFiles = List.copyOf(pdfFiles);
    }
}
