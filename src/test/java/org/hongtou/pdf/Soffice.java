package org.hongtou.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hongtou.document.Document;
import org.hongtou.render.DocumentRenderer;

/** LibreOffice headless, and the DOCX renderer when this build has it: found by name. */
final class Soffice {

    private Soffice() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** The DOCX renderer, or null while it is not in this build. */
    static DocumentRenderer docx() {
        try {
            Class<?> type = Class.forName("org.hongtou.docx.DocxRenderer");
            for (var c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == org.hongtou.fonts.FontConfig.class) {
                    return (DocumentRenderer) c.newInstance(org.hongtou.fonts.FontConfig.load(null));
                }
            }
            return (DocumentRenderer) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] docxBytes(DocumentRenderer docx, Document doc) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        docx.render(doc, out);
        return out.toByteArray();
    }

    /**
     * Converts a DOCX to PDF with LibreOffice in its own profile (other builds may run soffice at
     * the same time) and returns the PDF.
     */
    static byte[] convert(byte[] docx, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path in = work.resolve("doc.docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.toString(), in.toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice timed out");
        }
        Path pdf = work.resolve("doc.pdf");
        if (!Files.exists(pdf)) {
            throw new IOException("soffice made no PDF: " + Files.readString(work.resolve("soffice.log")));
        }
        byte[] out = Files.readAllBytes(pdf);
        Files.delete(pdf);
        return out;
    }
}
