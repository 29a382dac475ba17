package org.hongtou.docx;

/** Scratch access for looking at output by hand (not a test). */
public final class Probe {
    public static org.hongtou.document.Document rich(int n) {
        return TestDocuments.parse(TestDocuments.richMarkup(n));
    }

    public static org.hongtou.document.Document sample(String name) {
        return TestDocuments.sample(name);
    }

    public static org.hongtou.document.Document report(int n) {
        return TestDocuments.of(TestDocuments.report(n, false));
    }

    public static void dump(java.nio.file.Path pdf) throws Exception {
        int n = 0;
        for (var page : PdfLines.read(pdf)) {
            System.out.println("--- page " + (++n));
            for (var l : page) {
                var g0 = l.glyphs().get(0);
                System.out.printf("y=%.2f x0=%.2f size=%.1f n=%d han=%d %s%n", l.y(), g0.x(), g0.size(), l.glyphs().size(), l.ideographs(), l.text());
            }
        }
    }

    public static java.util.List<java.util.List<PdfLines.Line>> lines(java.nio.file.Path pdf) throws Exception {
        return PdfLines.read(pdf);
    }
}
