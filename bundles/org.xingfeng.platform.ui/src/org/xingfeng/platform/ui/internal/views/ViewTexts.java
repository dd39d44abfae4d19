package org.xingfeng.platform.ui.internal.views;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.module.ModuleState;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** Display names of the platform's enums in both languages, and small input readers the views share. */
final class ViewTexts {

    private ViewTexts() {
    }

    static boolean isAdmin(ViewSite site) {
        return site.session().actor().hasRole(Roles.ADMIN);
    }

    static String level(Texts t, OrgLevel level) {
        if (level == null) {
            return "";
        }
        return t.t(level.nameZh(), switch (level) {
            case PROVINCE -> "Province";
            case CITY -> "City";
            case COUNTY -> "County";
            case TOWNSHIP -> "Township";
            case VILLAGE_STATION -> "Village station";
        });
    }

    static String tier(Texts t, StaffTier tier) {
        if (tier == null) {
            return "";
        }
        return t.t(tier.nameZh(), switch (tier) {
            case UNIT_HEAD -> "Unit head";
            case SECTION_MANAGER -> "Section manager";
            case WINDOW_STAFF -> "Window staff";
            case OTHER -> "Other";
        });
    }

    static String dayKind(Texts t, DayKind kind) {
        return kind == DayKind.HOLIDAY ? t.t("休息（节假日）", "Day off (holiday)") : t.t("上班（调休）", "Working day (adjusted)");
    }

    static String state(Texts t, ModuleState state) {
        return switch (state) {
            case ACTIVE -> t.t("运行中", "Active");
            case STOPPED -> t.t("已停止", "Stopped");
            case PARTIAL -> t.t("部分运行", "Partial");
        };
    }

    static String weekday(Texts t, LocalDate d) {
        int i = d.getDayOfWeek().getValue() - 1;
        return t.t("星期" + "一二三四五六日".charAt(i), d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
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
            throw new ValidationException(field, "日期格式应为 yyyy-MM-dd，例如 2026-10-01 (date must be yyyy-MM-dd): " + s);
        }
    }
}
