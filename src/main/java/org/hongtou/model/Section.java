package org.hongtou.model;

import java.util.List;

/**
 * A numbered section below a part: level 2 （一）, level 3 1., level 4 （1）, by nesting depth.
 *
 * @param title      the heading text without its number
 * @param runIn      whether the heading runs in with the first paragraph: （一）加强组织领导。正文……
 * @param paragraphs the section's own paragraphs, before its subsections
 * @param sections   subsections, one level deeper
 */
public record Section(String title, boolean runIn, List<String> paragraphs, List<Section> sections) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
