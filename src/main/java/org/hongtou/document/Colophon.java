package org.hongtou.document;

import java.util.List;

/**
 * 版记 (GB/T 9704 §7.4).
 *
 * @param cc        抄送 names; empty for no 抄送 line
 * @param printer   印发机关 or null
 * @param printDate 印发日期 written out, without 印发: 2024年1月5日; may be null
 */
public record Colophon(List<String> cc, String printer, String printDate) {

    public Colophon {
        cc = List.copyOf(cc);
    }
}
