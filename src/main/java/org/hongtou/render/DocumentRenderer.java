package org.hongtou.render;

import java.io.IOException;
import java.io.OutputStream;
import org.hongtou.document.Document;

/**
 * Turns a document tree into a file. Implementations are thread-safe and keep no per-document
 * state, so one instance serves every request; same tree in, same bytes out.
 */
public interface DocumentRenderer {

    /** The format's short name as used in {@code ?format=}: docx, pdf. */
    String format();

    /** The media type of what {@link #render} writes. */
    String contentType();

    /** Writes the document to {@code out} (not closed) and says what the reader should know. */
    RenderResult render(Document document, OutputStream out) throws IOException;
}
