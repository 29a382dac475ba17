package org.hongtou.model;

import java.util.List;

/**
 * The 版头 of GB/T 9704 §7.2: everything above the red separator line.
 *
 * @param copyNumber  份号, six digits; null for none
 * @param secrecy     密级和保密期限, e.g. 机密★1年; null for none
 * @param urgency     紧急程度, e.g. 特急; null for none
 * @param authorities the issuing authorities for the mark; empty means the report's authority.
 *                    More than one is a joint document (names stacked, lead authority first)
 * @param markSuffix  what follows the name(s) in the mark; null means 文件, "" for none
 * @param number      发文字号, e.g. 木政〔2024〕3号
 * @param signers     签发人 names; an upward document (报告) names at least one
 */
public record RedHeader(
        String copyNumber,
        String secrecy,
        String urgency,
        List<String> authorities,
        String markSuffix,
        String number,
        List<String> signers) {

    public static final String DEFAULT_MARK_SUFFIX = "文件";

    public RedHeader {
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
        signers = signers == null ? List.of() : List.copyOf(signers);
        markSuffix = markSuffix == null ? DEFAULT_MARK_SUFFIX : markSuffix;
    }
}
