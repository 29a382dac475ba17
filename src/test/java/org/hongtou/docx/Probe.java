package org.hongtou.docx;

/** Scratch access for looking at output by hand (not a test). */
public final class Probe {
    public static org.hongtou.document.Document rich(int n) {
        return TestDocuments.parse(TestDocuments.richMarkup(n));
    }

    public static org.hongtou.document.Document report(int n) {
        return TestDocuments.of(TestDocuments.report(n, false));
    }
}
