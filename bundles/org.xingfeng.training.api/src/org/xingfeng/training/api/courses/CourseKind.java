package org.xingfeng.training.api.courses;

import java.util.Locale;

/** What a course teaches (课程类别), from seeds 001, 003 and 004. */
public enum CourseKind {
    /** 政策法规 */
    POLICY("政策法规"),
    /** 经办流程 */
    PROCESS("经办流程"),
    /** 服务礼仪 */
    ETIQUETTE("服务礼仪"),
    /** 岗位练兵 (drills) */
    DRILL("岗位练兵"),
    /** 廉政教育 */
    INTEGRITY("廉政教育"),
    /** 其他 */
    OTHER("其他");

    private final String nameZh;

    CourseKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The enum name (any case) or the Chinese name; null when neither. */
    public static CourseKind parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (CourseKind k : values()) {
            if (k.name().equals(t.toUpperCase(Locale.ROOT)) || k.nameZh.equals(t)) {
                return k;
            }
        }
        return null;
    }
}
