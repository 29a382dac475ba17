package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * Heading numbers (一、（一）1.（1）) are generated from the order; one typed into a heading is
 * printed twice ("一、一、总体情况"). Usually pasted from an existing document.
 */
public final class TypedNumberingCheck implements ContentCheck {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、]|[（(][0-9]+[）)])");

    @Override
    public String code() {
        return "typed-numbering";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (TextField h : ReportTexts.headings(report)) {
            if (NUMBERED.matcher(h.text()).find()) {
                out.add(Finding.warning(h.pointer(), code(),
                        "标题以编号开头：编号由系统生成，请删去手写的编号",
                        "the heading starts with a number: numbers are generated, remove the typed one"));
            }
        }
        return out;
    }
}
