package org.xingfeng.demands.api.demands;

/** Where a demand came from. */
public enum DemandChannel {
    /** 12345 热线. */
    HOTLINE_12345("12345热线"),
    /** 来信. */
    LETTER("来信"),
    /** 局长信箱 (the leader's mailbox). */
    MAILBOX("局长信箱"),
    /** 网上诉求. */
    ONLINE("网上诉求"),
    /** 来访 (walk-in). */
    WALK_IN("来访");

    private final String nameZh;

    DemandChannel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
