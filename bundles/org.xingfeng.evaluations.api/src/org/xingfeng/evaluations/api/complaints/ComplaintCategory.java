package org.xingfeng.evaluations.api.complaints;

/**
 * What a complaint is about (投诉类别). Seed 001 criticises staff for complaints "因服务态度不好、政策解答不当等":
 * which categories count for the notice of criticism is configuration (default {@link #ATTITUDE} and
 * {@link #POLICY_ANSWER}).
 */
public enum ComplaintCategory {
    /** 服务态度 */
    ATTITUDE("服务态度"),
    /** 政策解答 */
    POLICY_ANSWER("政策解答"),
    /** 办事效率 */
    EFFICIENCY("办事效率"),
    /** 工作纪律 */
    DISCIPLINE("工作纪律"),
    /** 其他 */
    OTHER("其他");

    private final String nameZh;

    ComplaintCategory(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
