package org.hongtou.service;

import java.util.List;
import org.hongtou.validation.Finding;

/**
 * One rendered file.
 *
 * @param format      docx or pdf
 * @param contentType its media type
 * @param fileName    the file name the user should see, from the title
 * @param pages       pages in the file
 * @param warnings    content warnings and renderer warnings (rule missing-glyph etc., pointer "")
 */
public record RenderedReport(String format, String contentType, String fileName, int pages, List<Finding> warnings) {

    public RenderedReport {
        warnings = List.copyOf(warnings);
    }
}
