package org.hongtou.model;

import java.util.List;

/**
 * A level-1 part (一、…). Its heading defaults from its role and the report year when null.
 * Several parts may share a role: a report organised by theme spreads its measures over many.
 */
public record Part(PartRole role, String heading, List<String> paragraphs, List<Section> sections) {

    public Part {
        role = role == null ? PartRole.CUSTOM : role;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
