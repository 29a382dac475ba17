package org.hongtou.document;

import java.util.List;

/** One element of the main part, in reading order. */
public sealed interface Block {

    /** 标题. {@code lines} holds breaks the author forced; the layout may break further. */
    record Title(List<String> lines) implements Block {
        public Title {
            lines = List.copyOf(lines);
        }

        public String text() {
            return String.join("", lines);
        }
    }

    /** 主送机关, already joined and ending with the full-width colon. */
    record Recipients(String text) implements Block {
    }

    /** A heading on a line of its own, numbering included: 一、总体情况 */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level " + level + " outside 1..4");
            }
        }
    }

    /**
     * A body paragraph, first-line indented two characters. A run-in heading is its first run,
     * styled as a heading: （一）加强组织领导。 then the text in the body style.
     */
    record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** 附件说明: the attachment names, in order. */
    record Attachments(List<String> names) implements Block {
        public Attachments {
            names = List.copyOf(names);
        }
    }

    /** 发文机关署名 and 成文日期 (already written out, 2024年1月5日); date may be null. */
    record Signature(String authority, String date, boolean sealed) implements Block {
    }

    /** 附注, brackets included: （此件公开发布） */
    record Note(String text) implements Block {
    }
}
