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
     * the AR PL GB fonts, which like 仿宋_GB2312 and the other GB2312 fonts set every digit, Latin
     * letter and ASCII mark exactly half an em wide; without it LibreOffice substitutes DejaVu Sans
     * (digits 0.64 em) or Noto CJK (0.56 em) and lines break differently than in Word. Noto CJK
     * stays as the fallback for characters the AR PL fonts lack. CI installs
     * fonts-arphic-gbsn00lp and fonts-arphic-gkai00mp.
     */
    private static Path fontconfig(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">"
                + "<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        org.hongtou.fonts.FontConfig fonts = org.hongtou.fonts.FontConfig.load(null);
        for (org.hongtou.layout.FontRole role : org.hongtou.layout.FontRole.values()) {
            String family = role == org.hongtou.layout.FontRole.KAITI ? "AR PL KaitiM GB" : "AR PL SungtiL GB";
            for (String name : List.of(fonts.spec(role).docxName(), fonts.spec(role).docxAltName())) {
                sb.append("<alias binding=\"same\"><family>").append(name).append("</family><prefer><family>")
                        .append(family).append("</family><family>Noto Serif CJK SC</family></prefer></alias>");
            }
        }
        Path file = dir.resolve("fonts.conf");
        Files.writeString(file, sb.append("</fontconfig>").toString());
        return file;
    }

    /** Converts the files (all in one folder) in one LibreOffice run; returns the PDFs in order. */
    static List<Path> toPdf(List<Path> docxs) throws IOException, InterruptedException {
        Path dir = docxs.get(0).getParent();
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        docxs.forEach(d -> command.add(d.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", fontconfig(profile).toString());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("soffice did not finish in 300 s");
        }
        List<Path> pdfs = new java.util.ArrayList<>();
        for (Path docx : docxs) {
            Path pdf = dir.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
            if (!Files.exists(pdf)) {
                throw new IOException("soffice wrote no " + pdf + ": " + Files.readString(dir.resolve("soffice.log")));
            }
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
