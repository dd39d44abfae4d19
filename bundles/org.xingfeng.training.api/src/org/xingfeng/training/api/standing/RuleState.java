package org.xingfeng.training.api.standing;

/** Where a person stands against one rule. */
public enum RuleState {
    /** 已完成: met, and not falling due this year. */
    DONE("已完成"),
    /** 待完成: not yet met, or running out, before the end of this year. */
    DUE("待完成"),
    /** 已逾期: not met by its date (never trained, the window has passed, or a year ended short). */
    OVERDUE("已逾期");

    private final String nameZh;

    RuleState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
