package org.hongtou.model;

import java.util.List;

/**
 * One issuing authority's annual report, as the user sends it. Everything a template needs to
 * write the document, nothing about where things go on the page (that is the layout's business).
 * Numbering of parts and sections is not part of the data: the template generates it from the order.
 *
 * @param template    which template renders it; null means {@link #DEFAULT_TEMPLATE}
 * @param authority   the issuing authority's full name, e.g. 木叶乡人民政府
 * @param year        the year reported on (the document is issued in the following year)
 * @param header      the red header; null for the public copy, which has none
 * @param title       the title; null means the template derives it from authority and year
 * @param recipients  主送机关, in order; empty for the public copy
 * @param opening     paragraphs before the first part
 * @param parts       the parts (level-1 headings) in document order
 * @param closing     paragraphs after the last part, e.g. 特此报告。
 * @param attachments 附件说明: attachment names, in order
 * @param signature   signature block; null means the authority signs and no date is printed
 * @param note        附注 text without brackets, e.g. 此件公开发布; null for none
 * @param colophon    版记; null for none
 */
public record Report(
        String template,
        String authority,
        int year,
        RedHeader header,
        String title,
        List<String> recipients,
        List<String> opening,
        List<Part> parts,
        List<String> closing,
        List<String> attachments,
        Signature signature,
        String note,
        Colophon colophon) {

    public static final String DEFAULT_TEMPLATE = "fazhi-report";

    public Report {
        template = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        opening = opening == null ? List.of() : List.copyOf(opening);
        parts = parts == null ? List.of() : List.copyOf(parts);
        closing = closing == null ? List.of() : List.copyOf(closing);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
