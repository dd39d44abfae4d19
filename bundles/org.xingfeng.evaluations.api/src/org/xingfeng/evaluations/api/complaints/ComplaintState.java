package org.xingfeng.evaluations.api.complaints;

/** Where a complaint stands, and which step is due next (null once it is replied to). */
public enum ComplaintState {
    /** 已登记: verification is due. */
    REGISTERED("已登记", ComplaintStep.VERIFY),
    /** 已核实: the reply is due. */
    VERIFIED("已核实", ComplaintStep.REPLY),
    /** 已答复: closed. */
    REPLIED("已答复", null);

    private final String nameZh;
    private final ComplaintStep due;

    ComplaintState(String nameZh, ComplaintStep due) {
        this.nameZh = nameZh;
        this.due = due;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The step due next; null when none is. */
    public ComplaintStep due() {
        return due;
    }
}
