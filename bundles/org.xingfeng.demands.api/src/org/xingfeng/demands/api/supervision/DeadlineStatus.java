package org.xingfeng.demands.api.supervision;

/** Where a demand stands against its deadline. */
public enum DeadlineStatus {
    /** 办理中: before or on the due day. */
    IN_TIME("办理中"),
    /** 延期审批中: an extension request waits; the clock stands still. */
    PAUSED("延期审批中"),
    /** 已超期: the due day passed, the reminder is not due yet (a day off lies between). */
    OVERDUE("已超期"),
    /** 应催办: from the working day after the missed deadline. */
    REMIND("应催办"),
    /** 应通报: 5 working days after the reminder was due. */
    ESCALATE("应通报"),
    /** 按时答复. */
    REPLIED_ON_TIME("按时答复"),
    /** 超期答复. */
    REPLIED_LATE("超期答复"),
    /** 回访超期: replied, and the call-back (回访) was due by the working day after the reply but is not made yet. */
    CALL_BACK_OVERDUE("回访超期");

    private final String nameZh;

    DeadlineStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
