package org.hongtou.render;

import java.util.List;

/**
 * What came of rendering one document.
 *
 * @param pages    pages in the file, blank pages included
 * @param warnings things the user should know but that did not stop the file, e.g. a character
 *                 no font has
 */
public record RenderResult(int pages, List<RenderWarning> warnings) {

    public RenderResult {
        warnings = List.copyOf(warnings);
    }
}
