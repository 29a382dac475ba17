package org.hongtou.batch;

import java.io.Closeable;
import java.util.Iterator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a batch's reports come from. Entries are read one at a time as they are iterated, so a
 * batch of any size costs the memory of one report.
 */
public interface BatchSource extends Closeable {

    /** Number of reports, known before rendering starts (for progress). */
    int total();

    /** Shared values laid under every entry; empty when none. */
    ObjectNode defaults();

    /** Number assignment, or null when every report brings its own. */
    Numbering numbering();

    /** The entries in batch order, read lazily. Can be called more than once. */
    Iterator<BatchEntry> entries();

    @Override
    default void close() {
    }
}
