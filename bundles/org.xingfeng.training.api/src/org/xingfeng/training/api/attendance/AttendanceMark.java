package org.xingfeng.training.api.attendance;

import java.util.Locale;

/**
 * How a member of staff is marked at a session (考勤). An excused absence (请假, leave asked for and granted) is neither
 * attended nor an absence: it earns no hours and does not count against the person's rate of absence.
 */
public enum AttendanceMark {
    /** 出勤 */
    PRESENT("出勤"),
    /** 缺勤 */
    ABSENT("缺勤"),
    /** 请假 */
    EXCUSED("请假");

    private final String nameZh;

    AttendanceMark(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The mark of a record that says only whether the person was present. */
    public static AttendanceMark of(boolean present) {
        return present ? PRESENT : ABSENT;
    }

    /** The enum name (any case) or the Chinese name; null when neither. */
    public static AttendanceMark parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (AttendanceMark m : values()) {
            if (m.name().equals(t.toUpperCase(Locale.ROOT)) || m.nameZh.equals(t)) {
                return m;
            }
        }
        return null;
    }
}
