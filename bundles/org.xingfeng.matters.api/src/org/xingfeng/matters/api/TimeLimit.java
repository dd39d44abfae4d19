package org.xingfeng.matters.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 办理时限: handled on the spot (即时办结) or within N working days. */
public record TimeLimit(boolean onTheSpot, int workingDays) {

    public static final TimeLimit ON_THE_SPOT = new TimeLimit(true, 0);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*个?\\s*工作日");

    public static TimeLimit days(int workingDays) {
        if (workingDays < 1 || workingDays > 365) {
            throw new IllegalArgumentException("办理时限须为1-365个工作日 (time limit must be 1-365 working days)");
        }
        return new TimeLimit(false, workingDays);
    }

    /** "即时办理", "即时办结", "当场办结", "5个工作日"; null for blank; IllegalArgumentException otherwise. */
    public static TimeLimit parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("即时") || t.startsWith("当场") || t.startsWith("即办")) {
            return ON_THE_SPOT;
        }
        Matcher m = DAYS.matcher(t);
        if (m.find()) {
            return days(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException(
                "办理时限应为“即时办结”或“N个工作日” (time limit must be on the spot or N working days): " + text);
    }

    public String label() {
        return onTheSpot ? "即时办结" : workingDays + "个工作日";
    }
}
