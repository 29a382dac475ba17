package org.hongtou.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.hongtou.render.DocumentRenderer;

/** Lets the benchmark (another package) use the test helpers of this one. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static DocumentRenderer docx() {
        return Soffice.docx();
    }

    public static boolean sofficeInstalled() {
        return Soffice.installed();
    }

    public static byte[] convert(byte[] docx, Path work) throws IOException, InterruptedException {
        return Soffice.convert(docx, work);
    }
}
