package org.xingfeng.evaluations.api.complaints;

/** The steps of a complaint, in the only order they may happen: 登记, then 核实, then 答复. */
public enum ComplaintStep {
    REGISTER("登记"), VERIFY("核实"), REPLY("答复");

    private final String nameZh;

    ComplaintStep(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
