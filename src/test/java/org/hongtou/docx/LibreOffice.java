package org.hongtou.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Converts a DOCX to PDF with LibreOffice headless, in a private profile (parallel runs do not clash). */
final class LibreOffice {

    private LibreOffice() {
    }

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    static Path toPdf(Path docx) throws IOException, InterruptedException {
        Path dir = docx.getParent();
        Path profile = Files.createTempDirectory("lo-profile");
        Process p = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 180 s");
        }
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        Path pdf = dir.resolve(name);
        if (!Files.exists(pdf)) {
            throw new IOException("soffice wrote no PDF: " + Files.readString(dir.resolve("soffice.log")));
        }
        return pdf;
    }
}
