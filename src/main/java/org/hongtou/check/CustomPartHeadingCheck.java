package org.hongtou.check;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.model.Part;
import org.hongtou.model.PartRole;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * A part's heading defaults from its role; a custom part (or one without a role) has no default,
 * so it must bring its own. An error: the template cannot write a heading from nothing.
 */
public final class CustomPartHeadingCheck implements ContentCheck {

    @Override
    public String code() {
        return "custom-part-heading";
    }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.parts().size(); i++) {
            Part p = report.parts().get(i);
            if (p.role() == PartRole.CUSTOM && (p.heading() == null || p.heading().isBlank())) {
                out.add(Finding.error("/parts/" + i + "/heading", code(),
                        "自定部分（role 为 custom 或省略）必须有标题 heading",
                        "a custom part (role custom or omitted) needs a heading"));
            }
        }
        return out;
    }
}
