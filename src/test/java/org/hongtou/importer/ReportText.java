package org.hongtou.importer;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.model.Part;
import org.hongtou.model.Report;
import org.hongtou.model.Section;

/** Every paragraph and heading of a report's data, in order, for assertions on text. */
final class ReportText {

    private ReportText() {
    }

    static List<String> paragraphs(Report r) {
        List<String> out = new ArrayList<>(r.opening());
        for (Part p : r.parts()) {
            out.add(p.heading());
            out.addAll(p.paragraphs());
            sections(p.sections(), out);
        }
        out.addAll(r.closing());
        return out;
    }

    private static void sections(List<Section> list, List<String> out) {
        for (Section s : list) {
            out.add(s.title());
            out.addAll(s.paragraphs());
            sections(s.sections(), out);
        }
    }
}
