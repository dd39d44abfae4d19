package org.xingfeng.matters.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.TimeLimit;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** Display names of the matters enums from the module's message properties, and the input readers the views share. */
final class MattersTexts {

    /** The module's client texts ({@code OSGI-INF/l10n/messages*.properties}), for errors and titles. */
    static final Messages MESSAGES = Messages.of(MattersTexts.class);

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
        return t.get("matterCategory." + c.name());
    }

    static String level(Texts t, HandlingLevel l) {
        return l.name() + " " + t.get("handlingLevel." + l.name());
    }

    static String channel(Texts t, HandlingChannel c) {
        return t.get("handlingChannel." + c.name());
    }

    /** "ABC" as the list prints the levels. */
    static String letters(Set<HandlingLevel> levels) {
        return levels.stream().sorted().map(HandlingLevel::name).collect(Collectors.joining());
    }

    static String timeLimit(Texts t, TimeLimit limit) {
        if (limit == null) {
            return t.get("enum.notFixed");
        }
        String promise = limit.onTheSpot() ? t.get("enum.spot")
                : limit.range() ? t.get("timeLimit.range", limit.workingDays(), limit.maxWorkingDays())
                        : t.get("timeLimit.days", limit.workingDays());
        return limit.legalWorkingDays() == null ? promise
                : t.get("timeLimit.withLegal", promise, limit.legalWorkingDays());
    }

    /** The promise as the editor shows it: 即时办结, "5" or "5-10". */
    static String promise(Texts t, TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        return limit.onTheSpot() ? t.get("enum.spot")
                : limit.range() ? limit.workingDays() + "-" + limit.maxWorkingDays()
                        : String.valueOf(limit.workingDays());
    }

    /**
     * The promise as typed with the legal limit typed beside it (working days, blank for none); the legal limit
     * alone is the promise too. Numbers are passed on as typed, so the service's rules answer for them.
     */
    static TimeLimit parseTimeLimit(String promise, String legal) {
        TimeLimit limit = parseTimeLimit(promise);
        String l = legal == null ? "" : legal.strip().replaceAll("\\s*个?工作日$", "");
        if (l.isEmpty()) {
            return limit;
        }
        if (!l.matches("\\d{1,6}")) {
            throw new ValidationException("timeLimit.legalWorkingDays",
                    MESSAGES.text("error.legalLimitInvalid", legal));
        }
        int days = Integer.parseInt(l);
        return limit == null ? new TimeLimit(false, days, null, days)
                : new TimeLimit(limit.onTheSpot(), limit.workingDays(), limit.maxWorkingDays(), days);
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
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("(\\d{1,6})\\s*[-－~～至]\\s*(\\d{1,6})")
                .matcher(s);
        if (range.matches()) {
            return new TimeLimit(false, Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)), null);
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
            throw new ValidationException("timeLimit", MESSAGES.text("error.timeLimitInvalid", s));
        }
    }

    /** A date typed as yyyy-MM-dd; blank gives null when {@code optional}. */
    static LocalDate date(String field, String text, boolean optional) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new ValidationException(field, MESSAGES.text("error.dateRequired"));
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("error.dateYyyyMmDd", s));
        }
    }
}
