package org.hongtou.layout;

import org.hongtou.document.Block;

/**
 * The blank grid lines GB/T 9704 puts between blocks of the main part. One rule for both
 * renderers: the typesetter leaves these lines empty, the DOCX turns them into space before the
 * block, so the two cannot drift apart.
 */
public final class BlankLines {

    private BlankLines() {
    }

    /** Blank lines before {@code b}, given the block before it (null at the start). */
    public static int before(Block b, Block previous) {
        int lines = previous instanceof Block.Title ? Gbt9704.RECIPIENTS_BLANK_LINES_AFTER_TITLE : 0;
        if (b instanceof Block.Attachments) {
            lines += Gbt9704.ATTACHMENTS_BLANK_LINES;
        } else if (b instanceof Block.Signature s) {
            // With seal the name sits lower so the seal starts within a line of the body (§7.3.5.1).
            lines += s.sealed() ? Gbt9704.SEALED_SIGNATURE_BLANK_LINES : Gbt9704.SIGNATURE_BLANK_LINES;
        }
        return lines;
    }
}
