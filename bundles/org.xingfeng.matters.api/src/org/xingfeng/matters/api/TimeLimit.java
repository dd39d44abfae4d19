package org.xingfeng.matters.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 办理时限: the promised limit (承诺时限), handled on the spot (即时办结) or within N working days, or a range of working
 * days ({@code workingDays} to {@code maxWorkingDays}, a reviewer's discretion finding); and the legal limit (法定时限)
 * in working days where one is given ({@code legalWorkingDays}, null otherwise). A promise is never longer than the
 * legal limit.
 */
public record TimeLimit(boolean onTheSpot, int workingDays, Integer maxWorkingDays, Integer legalWorkingDays) {

    public static final TimeLimit ON_THE_SPOT = new TimeLimit(true, 0);
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s*个?\\s*工作日");
    private static final Pattern RANGE = Pattern
            .compile("(\\d{1,3})\\s*(?:个?\\s*工作日)?\\s*(?:-|－|—|~|～|至|到)\\s*(\\d{1,3})\\s*个?\\s*工作日");
    private static final Pattern LEGAL = Pattern.compile("法定(?:办理)?(?:时限)?[:：为]?(\\d{1,3})个?工作日");

    /** A fixed limit (on the spot or N working days) without a legal limit, as before ranges were kept. */
    public TimeLimit(boolean onTheSpot, int workingDays) {
        this(onTheSpot, workingDays, null, null);
    }

    public static TimeLimit days(int workingDays) {
        check(workingDays);
        return new TimeLimit(false, workingDays);
    }

    /** A range of working days, {@code from} below {@code to}. */
    public static TimeLimit range(int from, int to) {
        check(from);
        check(to);
        if (from >= to) {
            throw new IllegalArgumentException("时限区间须由短到长 (a range goes from the shorter limit to the longer): "
                    + from + "-" + to);
        }
        return new TimeLimit(false, from, to, null);
    }

    /** This limit with the legal limit given (null for none); refused when the promise is longer than the law's. */
    public TimeLimit withLegal(Integer legalDays) {
        if (legalDays != null) {
            check(legalDays);
            if (longestDays() > legalDays) {
                throw new IllegalArgumentException(
                        "承诺时限不得长于法定时限 (the promised limit must not exceed the legal limit): " + legalDays);
            }
        }
        return new TimeLimit(onTheSpot, workingDays, maxWorkingDays, legalDays);
    }

    private static void check(int workingDays) {
        if (workingDays < 1 || workingDays > 365) {
            throw new IllegalArgumentException("办理时限须为1-365个工作日 (time limit must be 1-365 working days)");
        }
    }

    /** Whether the promise is a range of working days. */
    public boolean range() {
        return maxWorkingDays != null;
    }

    /** The longest the promise allows: 0 on the spot, a range's upper end, or the working days. */
    public int longestDays() {
        return onTheSpot ? 0 : range() ? maxWorkingDays : workingDays;
    }

    /**
     * "即时办理", "即时办结", "当场办结", "5个工作日", a range "5-10个工作日" (or 5至10, 5～10), each optionally with the
     * legal limit ("法定20个工作日，承诺5个工作日"; the legal limit alone is the promise too); null for blank;
     * IllegalArgumentException otherwise.
     */
    public static TimeLimit parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s", "");
        if (t.isEmpty()) {
            return null;
        }
        Integer legal = null;
        Matcher l = LEGAL.matcher(t);
        if (l.find()) {
            legal = Integer.parseInt(l.group(1));
            t = (t.substring(0, l.start()) + t.substring(l.end())).replaceAll("[，,；;。（）()、]", "")
                    .replaceFirst("^承诺(?:办理)?(?:时限)?[:：为]?", "");
            if (t.isEmpty()) {
                return days(legal).withLegal(legal);
            }
        }
        return promise(t, text).withLegal(legal);
    }

    private static TimeLimit promise(String t, String text) {
        if (t.startsWith("即时") || t.startsWith("当场") || t.startsWith("即办")) {
            return ON_THE_SPOT;
        }
        Matcher r = RANGE.matcher(t);
        if (r.find()) {
            return range(Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)));
        }
        Matcher m = DAYS.matcher(t);
        if (m.find()) {
            return days(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException(
                "办理时限应为“即时办结”或“N个工作日” (time limit must be on the spot or N working days): " + text);
    }

    /** The promise as the list writes it: "即时办结", "5个工作日", "5-10个工作日". */
    public String label() {
        return onTheSpot ? "即时办结" : range() ? workingDays + "-" + maxWorkingDays + "个工作日" : workingDays + "个工作日";
    }

    /** The legal limit as the list writes it ("20个工作日"), null when none is given. */
    public String legalLabel() {
        return legalWorkingDays == null ? null : legalWorkingDays + "个工作日";
    }

    /** Promise and legal limit in one text: "承诺5个工作日（法定20个工作日）", or the promise alone. */
    public String text() {
        return legalWorkingDays == null ? label() : "承诺" + label() + "（法定" + legalLabel() + "）";
    }
}
