package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.model.Part;
import org.hongtou.model.Report;
import org.hongtou.model.Section;

/**
 * Every piece of prose in a report with its JSON Pointer, in document order: title, opening,
 * part headings and paragraphs, section titles and paragraphs, closing. The model mirrors the
 * JSON one to one, so a pointer built from the model names the field the user typed.
 */
public final class ReportTexts {

    private ReportTexts() {
    }

    public static List<TextField> prose(Report r) {
        List<TextField> out = new ArrayList<>();
        if (r.title() != null) {
            out.add(new TextField("/title", r.title()));
        }
        list(out, "/opening", r.opening());
        for (int i = 0; i < r.parts().size(); i++) {
            Part p = r.parts().get(i);
            String base = "/parts/" + i;
            if (p.heading() != null) {
                out.add(new TextField(base + "/heading", p.heading()));
            }
            list(out, base + "/paragraphs", p.paragraphs());
            sections(out, base + "/sections", p.sections());
        }
        list(out, "/closing", r.closing());
        return out;
    }

    /** Headings only: part headings and section titles. */
    public static List<TextField> headings(Report r) {
        return prose(r).stream().filter(t -> t.pointer().endsWith("/heading") || t.pointer().endsWith("/title")
                && !t.pointer().equals("/title")).toList();
    }

    private static void sections(List<TextField> out, String base, List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String at = base + "/" + i;
            out.add(new TextField(at + "/title", s.title()));
            list(out, at + "/paragraphs", s.paragraphs());
            sections(out, at + "/sections", s.sections());
        }
    }

    private static void list(List<TextField> out, String base, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            out.add(new TextField(base + "/" + i, texts.get(i)));
        }
    }
}
