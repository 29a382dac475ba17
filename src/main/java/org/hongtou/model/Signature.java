package org.hongtou.model;

import java.time.LocalDate;

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5).
 *
 * @param authority the name signed; null means the report's authority
 * @param date      成文日期; null prints no date
 * @param sealed    whether a seal is pressed on it, which changes the layout (§7.3.5.1)
 */
public record Signature(String authority, LocalDate date, boolean sealed) {
}
