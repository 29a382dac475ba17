package org.hongtou.batch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to render for each report.
 *
 * @param formats  formats, in file order (docx before pdf)
 * @param combined whether to add one combined PDF of all rendered reports (needs pdf)
 */
public record BatchOptions(List<String> formats, boolean combined) {

    public BatchOptions {
        formats = List.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format");
        }
    }

    /** "docx", "pdf", "both" or a list "docx,pdf". */
    public static BatchOptions parse(String formats, boolean combined) {
        Set<String> set = new TreeSet<>();
        for (String f : formats.toLowerCase(Locale.ROOT).split(",")) {
            String s = f.strip();
            if (s.equals("both")) {
                set.add("docx");
                set.add("pdf");
            } else if (!s.isEmpty()) {
                set.add(s);
            }
        }
        return new BatchOptions(List.copyOf(set), combined);
    }

    public String asParameter() {
        return String.join(",", formats);
    }
}
