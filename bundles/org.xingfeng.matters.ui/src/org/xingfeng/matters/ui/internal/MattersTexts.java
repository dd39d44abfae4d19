package org.xingfeng.matters.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** Display names of the matters enums in both languages, and the input readers the views share. */
final class MattersTexts {

    private MattersTexts() {
    }

    /** Whether the user may change the list (as the matters REST resources require). */
    static boolean isEditor(ViewSite site) {
        return site.session().actor().hasAnyRole(MatterItemService.EDITOR_ROLE, Roles.ADMIN);
    }

    static String category(Texts t, MatterCategory c) {
        if (c == null) {
            return "";
        }
        return t.t(c.nameZh(), switch (c) {
            case PUBLIC_SERVICE -> "Public service";
            case CONFIRMATION -> "Confirmation";
            case PAYMENT -> "Payment";
        });
    }

    static String level(Texts t, HandlingLevel l) {
        return l.name() + " " + t.t(l.nameZh(), switch (l) {
            case A -> "province";
            case B -> "city";
            case C -> "county";
        });
    }

    /** "ABC" as the list prints the levels. */
    static String letters(Set<HandlingLevel> levels) {
        return levels.stream().sorted().map(HandlingLevel::name).collect(Collectors.joining());
    }

    static String timeLimit(Texts t, TimeLimit limit) {
        if (limit == null) {
            return t.t("未定", "not fixed");
        }
        return limit.onTheSpot() ? t.t("即时办结", "on the spot") : t.t(limit.workingDays() + "个工作日", limit.workingDays() + " working days");
    }

    /**
     * A time limit as typed: blank (not fixed), "即时办结", "5", "5个工作日". A number is passed on as typed, so the
     * service's own rule (1-365) answers for it.
     */
    static TimeLimit parseTimeLimit(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.equals("未定") || s.equalsIgnoreCase("not fixed")) {
            return null;
        }
        if (s.matches("\\d{1,6}")) {
            int days = Integer.parseInt(s);
            return days == 0 ? TimeLimit.ON_THE_SPOT : new TimeLimit(false, days);
        }
        if (s.equalsIgnoreCase("on the spot")) {
            return TimeLimit.ON_THE_SPOT;
        }
        try {
            return TimeLimit.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("timeLimit", e.getMessage());
        }
    }

    /** A date typed as yyyy-MM-dd; blank gives null when {@code optional}. */
    static LocalDate date(String field, String text, boolean optional) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new ValidationException(field, "日期必填 (a date is required)");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "日期格式应为 yyyy-MM-dd，例如 2027-01-01 (date must be yyyy-MM-dd): " + s);
        }
    }
}
