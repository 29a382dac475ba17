package org.hongtou.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hongtou.validation.Finding;

/** Prints findings one a line: severity, pointer, rule, Chinese message / English message. */
final class Findings {

    private Findings() {
    }

    static void print(PrintWriter w, List<Finding> findings) {
        for (Finding f : findings) {
            w.println((f.isError() ? "error   " : "warning ") + (f.pointer().isEmpty() ? "/" : f.pointer()) + "  ["
                    + f.rule() + "]  " + f.messageZh() + " / " + f.messageEn());
        }
    }
}
