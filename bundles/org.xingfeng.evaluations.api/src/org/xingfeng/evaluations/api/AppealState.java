package org.xingfeng.evaluations.api;

/** Where an evaluation stands with appeals (申诉). Only an upheld appeal takes it out of the statistics. */
public enum AppealState {
    NONE("无申诉"), PENDING("申诉待复核"), UPHELD("申诉成立"), REJECTED("申诉驳回");

    private final String nameZh;

    AppealState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
