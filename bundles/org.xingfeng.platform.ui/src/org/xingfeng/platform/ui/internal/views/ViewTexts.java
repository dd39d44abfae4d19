package org.xingfeng.platform.ui.internal.views;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.ModuleState;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** The platform views' messages, display names of the platform's enums, and small input readers the views share. */
final class ViewTexts {

    /** The platform views' texts ({@code OSGI-INF/l10n/messages*.properties}), e.g. for errors and view titles. */
    static final Messages MESSAGES = Messages.of(ViewTexts.class);

    private ViewTexts() {
    }

    static boolean isAdmin(ViewSite site) {
        return site.session().actor().hasRole(Roles.ADMIN);
    }

    static String level(Texts t, OrgLevel level) {
        if (level == null) {
            return "";
        }
        return t.get("orgLevel." + level.name());
    }

    static String tier(Texts t, StaffTier tier) {
        if (tier == null) {
            return "";
        }
        return t.get("staffTier." + tier.name());
    }

    static String dayKind(Texts t, DayKind kind) {
        return kind == DayKind.HOLIDAY ? t.get("enum.dayOffHoliday") : t.get("enum.workingDayAdjusted");
    }

    static String state(Texts t, ModuleState state) {
        return switch (state) {
            case ACTIVE -> t.get("enum.active");
            case STOPPED -> t.get("enum.stopped");
            case PARTIAL -> t.get("enum.partial");
        };
    }

    static String weekday(Texts t, LocalDate d) {
        int i = d.getDayOfWeek().getValue() - 1;
        return t.get("weekday." + d.getDayOfWeek().name());
    }

    /** A date typed as yyyy-MM-dd; blank gives null when {@code optional}. */
    static LocalDate date(String field, String text, boolean optional) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new ValidationException(field, MESSAGES.text("date.required"));
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("date.format", s));
        }
    }
}
