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

    /**
     * A fontconfig file that maps the official font names of the DOCX (absent on a Linux box) to
     * the Noto CJK families, so LibreOffice sets digits and Latin letters half an em wide as the
     * Chinese fonts do, instead of substituting DejaVu Sans, whose digits are 0.64 em.
     */
    private static Path fontconfig(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">"
                + "<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        org.hongtou.fonts.FontConfig fonts = org.hongtou.fonts.FontConfig.load(null);
        for (org.hongtou.layout.FontRole role : org.hongtou.layout.FontRole.values()) {
            String family = role == org.hongtou.layout.FontRole.HEITI ? "Noto Sans CJK SC" : "Noto Serif CJK SC";
            for (String name : List.of(fonts.spec(role).docxName(), fonts.spec(role).docxAltName())) {
                sb.append("<alias binding=\"same\"><family>").append(name).append("</family><prefer><family>")
                        .append(family).append("</family></prefer></alias>");
            }
        }
        Path file = dir.resolve("fonts.conf");
        Files.writeString(file, sb.append("</fontconfig>").toString());
        return file;
    }

    static Path toPdf(Path docx) throws IOException, InterruptedException {
        Path dir = docx.getParent();
        Path profile = Files.createTempDirectory("lo-profile");
        ProcessBuilder pb = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", fontconfig(profile).toString());
        Process p = pb.start();
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
