package org.xingfeng.evaluations.api;

/** The steps of a bad-review case, in order: 核实, 回访, 整改, 反馈, 办结. */
public enum CaseStep {
    VERIFY("核实"), CALLBACK("回访"), RECTIFY("整改"), FEEDBACK("反馈"), CLOSE("办结");

    private final String nameZh;

    CaseStep(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
