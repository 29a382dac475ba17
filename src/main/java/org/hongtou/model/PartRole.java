package org.hongtou.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The five parts 《法治政府建设与责任落实督察工作规定》 asks every annual report to contain, plus
 * {@link #CUSTOM} for a part that is none of them (theme-organised reports such as 木叶乡 2023).
 */
public enum PartRole {
    MEASURES("measures", true),
    SHORTCOMINGS("shortcomings", true),
    LEADERSHIP("leadership", true),
    PLANS("plans", true),
    OTHER("other", false),
    CUSTOM("custom", false);

    private final String json;
    private final boolean mandated;

    PartRole(String json, boolean mandated) {
        this.json = json;
        this.mandated = mandated;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** Parts 1–4 must be present; a report without one of them is incomplete. */
    public boolean mandated() {
        return mandated;
    }
}
