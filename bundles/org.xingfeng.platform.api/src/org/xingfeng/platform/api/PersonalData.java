package org.xingfeng.platform.api;

/**
 * Masks citizens' personal data for those who need not see it (张*, 138****1234, 5107**********1234), in lists,
 * details and exports alike. A module shows the clear text only to the officers of the reach whose work needs it.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** 张三 -> 张*, 欧阳娜娜 -> 欧***; a blank name stays as it is. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        int first = n.offsetByCodePoints(0, 1);
        int rest = n.codePointCount(first, n.length());
        return n.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /** 13812341234 -> 138****1234; shorter numbers keep their last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
        }
        if (p.length() <= 2) {
            return "*".repeat(p.length());
        }
        return "*".repeat(p.length() - 2) + p.substring(p.length() - 2);
    }

    /** An identity card number keeps its first four and last four characters. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String s = id.strip();
        if (s.length() <= 8) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 8) + s.substring(s.length() - 4);
    }
}
