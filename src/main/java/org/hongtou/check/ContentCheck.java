package org.hongtou.check;

import java.util.List;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * One rule about what a report says, beyond what the JSON Schema can express. Each rule has a
 * stable {@link #code()} (it is the {@code rule} of its findings) and is small enough to read in
 * a minute. Rules see a report that already passed the schema.
 */
public interface ContentCheck {

    String code();

    List<Finding> check(Report report);
}
