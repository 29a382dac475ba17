package org.hongtou.document;

import java.util.List;

/**
 * 版头 (GB/T 9704 §7.2).
 *
 * @param copyNumber  份号 or null
 * @param secrecy     密级和保密期限 or null
 * @param urgency     紧急程度 or null
 * @param markNames   the authority name(s) of the 发文机关标志; several stack for a joint document
 * @param markSuffix  usually 文件; empty for none
 * @param number      发文字号 or null
 * @param signers     签发人 names; non-empty only on upward documents
 */
public record Header(String copyNumber, String secrecy, String urgency, List<String> markNames,
                     String markSuffix, String number, List<String> signers) {

    public Header {
        markNames = List.copyOf(markNames);
        signers = List.copyOf(signers);
        markSuffix = markSuffix == null ? "" : markSuffix;
    }

    public boolean upward() {
        return !signers.isEmpty();
    }
}
