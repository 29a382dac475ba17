package org.hongtou.model;

import java.time.LocalDate;
import java.util.List;

/**
 * 版记 (GB/T 9704 §7.4).
 *
 * @param cc        抄送 recipients, in order; empty for no 抄送 line
 * @param printer   印发机关, e.g. 木叶乡党政办公室
 * @param printDate 印发日期; null means the signature date
 */
public record Colophon(List<String> cc, String printer, LocalDate printDate) {

    public Colophon {
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
