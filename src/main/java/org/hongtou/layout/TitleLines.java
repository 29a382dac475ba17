package org.hongtou.layout;

import java.util.List;

/**
 * How a title too long for one line is broken (GB/T 9704 §7.3.1). A seam so that one rule serves
 * both renderers: the PDF typesetter asks it for the lines it then centres.
 */
@FunctionalInterface
public interface TitleLines {

    /** The title's lines, none longer than {@code maxChars} full-width characters. */
    List<String> lines(String title, int maxChars);
}
