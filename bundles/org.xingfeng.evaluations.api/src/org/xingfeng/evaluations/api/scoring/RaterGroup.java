package org.xingfeng.evaluations.api.scoring;

/**
 * The four groups whose views make a section's score. The first three enter score sheets; {@link #PUBLIC} is the
 * section's satisfaction rate from 好差评 evaluations in the quarter, times 100.
 */
public enum RaterGroup {
    /** 班子评价, default weight 30 % */
    LEADERSHIP("班子评价", true),
    /** 同级科长评价, default weight 25 % */
    PEER_CHIEFS("同级科长评价", true),
    /** 同事之间评价, default weight 20 % */
    COLLEAGUES("同事评价", true),
    /** 群众满意度评价, default weight 25 % */
    PUBLIC("群众满意度评价", false);

    private final String nameZh;
    private final boolean sheets;

    RaterGroup(String nameZh, boolean sheets) {
        this.nameZh = nameZh;
        this.sheets = sheets;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the group scores with score sheets (not {@link #PUBLIC}). */
    public boolean entersSheets() {
        return sheets;
    }
}
