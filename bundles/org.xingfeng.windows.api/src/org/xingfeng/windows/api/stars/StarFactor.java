package org.xingfeng.windows.api.stars;

/** What a window's stars are made of. */
public enum StarFactor {
    /** 满意度: the share of satisfied evaluations (evaluations module). */
    SATISFACTION("满意度"),
    /** 投诉: upheld complaints (投诉属实) about the window (evaluations module). */
    COMPLAINTS("投诉属实"),
    /** 办件超期: the share of the window's records with a due date that were overdue. */
    OVERDUE("办件超期率"),
    /** 等候超时: the share of called tickets that waited longer than the target. */
    WAITS("等候超时率"),
    /** 差评整改: bad reviews whose case was closed on time (evaluations module). */
    BAD_REVIEWS("差评按时整改"),
    /** 办件量: records against the volume target of the period. */
    VOLUME("办件量");

    private final String nameZh;

    StarFactor(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
