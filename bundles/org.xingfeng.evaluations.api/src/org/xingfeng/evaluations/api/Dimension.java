package org.xingfeng.evaluations.api;

/**
 * What a satisfaction figure is about. Keys: {@link #UNIT} the unit id (a hall, county, city or province:
 * everything below it counts); {@link #WINDOW} the window number within a unit; {@link #STAFF} the staff id;
 * {@link #SECTION} the section id; {@link #MATTER} the matter code within a unit and the units below it.
 */
public enum Dimension {
    UNIT("单位"), WINDOW("窗口"), STAFF("工作人员"), SECTION("科室"), MATTER("事项");

    private final String nameZh;

    Dimension(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
