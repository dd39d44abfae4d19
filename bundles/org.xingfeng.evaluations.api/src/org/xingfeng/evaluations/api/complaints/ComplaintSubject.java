package org.xingfeng.evaluations.api.complaints;

/**
 * Whom a complaint is about (投诉对象): a member of staff ({@code staffId}), a window of the unit
 * ({@code windowNo}) or a section ({@code sectionId}).
 */
public enum ComplaintSubject {
    STAFF("工作人员"), WINDOW("窗口"), SECTION("科室");

    private final String nameZh;

    ComplaintSubject(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
