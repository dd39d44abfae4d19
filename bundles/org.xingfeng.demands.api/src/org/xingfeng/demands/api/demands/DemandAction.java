package org.xingfeng.demands.api.demands;

/**
 * A step in a demand's history. The first eight move its state (see {@code DemandRules} in the core for the allowed
 * moves); the others are recorded beside it.
 */
public enum DemandAction {
    /** 登记. */
    REGISTER("登记"),
    /** 阅示: the head's instruction, kept as written. */
    INSTRUCT("阅示"),
    /** 交办: lead section and handling sections. */
    ASSIGN("交办"),
    /** 办理. */
    HANDLE("办理"),
    /** 审核: the lead section approves the handling, or returns it (back to 已交办). */
    REVIEW("审核"),
    /** 答复. */
    REPLY("答复"),
    /** 回访: the citizen's satisfaction; not satisfied reopens the demand. */
    RATE("回访"),
    /** 办结. */
    CLOSE("办结"),
    /** 申请延期. */
    EXTENSION_REQUEST("申请延期"),
    /** 延期审批. */
    EXTENSION_DECISION("延期审批"),
    /** 催办. */
    REMIND("催办"),
    /** 通报. */
    ESCALATE("通报"),
    /** 关联重复件. */
    LINK_DUPLICATE("关联重复件");

    private final String nameZh;

    DemandAction(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
