package org.hongtou.document;

import java.util.List;

/**
 * A 公文 as both renderers see it: what it says, in order, and which typographic role each piece
 * plays. Nothing here says where anything goes; {@code layout.Gbt9704} decides that.
 *
 * @param meta     file metadata (PDF info, DOCX core properties)
 * @param header   the red header; null for a document without one (the public copy)
 * @param blocks   the main part 主体 in reading order: title, recipients, body, signature…
 * @param colophon the 版记; null for none
 */
public record Document(Meta meta, Header header, List<Block> blocks, Colophon colophon) {

    public Document {
        blocks = List.copyOf(blocks);
    }
}
