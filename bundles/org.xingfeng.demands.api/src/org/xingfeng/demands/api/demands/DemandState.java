package org.xingfeng.demands.api.demands;

/** Where a demand stands. The steps that move it are {@link DemandAction}s. */
public enum DemandState {
    /** 已登记: the head's instruction is due. */
    REGISTERED("已登记"),
    /** 已阅示: the coordinator's assignment is due. */
    INSTRUCTED("已阅示"),
    /** 已交办: the sections handle it. */
    ASSIGNED("已交办"),
    /** 已办理: the lead section's review is due. */
    HANDLED("已办理"),
    /** 已审核: the reply is due. */
    REVIEWED("已审核"),
    /** 已答复: the citizen's satisfaction is due. */
    REPLIED("已答复"),
    /** 已回访 (satisfied): may be closed. */
    RATED("已回访"),
    /** 已办结. */
    CLOSED("已办结"),
    /** 重新办理: the citizen was not satisfied; the coordinator assigns it again. */
    REOPENED("重新办理");

    private final String nameZh;

    DemandState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the demand still waits for its reply (the deadline runs). */
    public boolean open() {
        return this != REPLIED && this != RATED && this != CLOSED;
    }
}
