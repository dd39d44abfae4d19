package org.xingfeng.evaluations.api;

/** Grounds for appealing a bad review. */
public enum AppealReason {
    /** 恶意差评 */
    MALICIOUS("恶意评价"),
    /** 与服务无关 (e.g. about the policy, not the service) */
    UNRELATED("与服务无关");

    private final String nameZh;

    AppealReason(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
