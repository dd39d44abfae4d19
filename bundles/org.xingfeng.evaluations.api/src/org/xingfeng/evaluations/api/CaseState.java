package org.xingfeng.evaluations.api;

/** Where a bad-review case stands: the last step done, or {@link #OPEN} before the first. */
public enum CaseState {
    OPEN("待核实"), VERIFIED("已核实"), CALLED_BACK("已回访"), RECTIFIED("已整改"), FED_BACK("已反馈"), CLOSED("已办结");

    private final String nameZh;

    CaseState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
