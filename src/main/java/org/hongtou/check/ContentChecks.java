package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/** All content rules, run in a fixed order so findings come out the same way every time. */
public final class ContentChecks {

    private final List<ContentCheck> checks;

    public ContentChecks(List<ContentCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static ContentChecks standard() {
        return new ContentChecks(List.of(new CustomPartHeadingCheck(), new CompletenessCheck(),
                new DocumentNumberYearCheck(), new SignatureDateCheck(), new YearConsistencyCheck(),
                new AsciiPunctuationCheck(), new TypedNumberingCheck()));
    }

    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (ContentCheck c : checks) {
            out.addAll(c.check(report));
        }
        return out;
    }

    public List<String> codes() {
        return checks.stream().map(ContentCheck::code).toList();
    }
}
