package org.xingfeng.windows.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;

/**
 * What the windows views share: the module id and roles, labels of the API's enums from the bundle's message
 * properties ({@code <Enum>.<CONSTANT>}), the halls in reach as choices, and small readers and formats.
 */
final class WindowsUi {

    static final String MODULE = "windows";
    static final Messages MESSAGES = Messages.of(WindowsUi.class);
    static final String[] READERS = { WindowsRoles.ADMIN, WindowsRoles.STAFF, WindowsRoles.LOBBY, Roles.ADMIN,
            Roles.AUDITOR };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private WindowsUi() {
    }

    /** The Chinese text of a key (a contribution's title). */
    static String zh(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }

    /** The English text of a key. */
    static String en(String key) {
        return MESSAGES.get(Languages.ENGLISH, key);
    }

    static boolean admin(ViewSite site) {
        return site.session().actor().hasAnyRole(WindowsRoles.ADMIN, Roles.ADMIN);
    }

    static boolean lobby(ViewSite site) {
        return site.session().actor().hasAnyRole(WindowsRoles.LOBBY, Roles.ADMIN);
    }

    static boolean serves(ViewSite site) {
        return site.session().actor().hasAnyRole(WindowsRoles.STAFF, WindowsRoles.LOBBY, Roles.ADMIN);
    }

    /** A column whose header is the text of {@code key}. */
    static <T> Column<T> column(Texts t, String key, Function<? super T, ?> value) {
        String header = t.get(key);
        return Column.of(header, value);
    }

    /** A form dialog with a title and a message already in the client's language. */
    static FormDialog dialog(ViewSite site, String title, String message) {
        return new FormDialog(site, title, message);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}; empty for null. */
    static String label(Texts t, Enum<?> e) {
        return e == null ? "" : t.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    static <E extends Enum<E>> List<Choice<E>> choices(Texts t, Class<E> type, boolean withAny) {
        List<Choice<E>> out = new ArrayList<>();
        if (withAny) {
            out.add(new Choice<>(null, t.get("any")));
        }
        for (E e : type.getEnumConstants()) {
            out.add(new Choice<>(e, label(t, e)));
        }
        return out;
    }

    /** The halls in the actor's reach, by unit and name. */
    static List<Hall> halls(HallService halls, Actor actor) {
        return halls.halls(actor, HallQuery.ALL, PageRequest.ALL).items();
    }

    static List<Choice<Long>> hallChoices(List<Hall> halls) {
        List<Choice<Long>> out = new ArrayList<>();
        for (Hall h : halls) {
            out.add(new Choice<>(h.id(), h.unitName() + " · " + h.name()));
        }
        return out;
    }

    /** A time of day in the bureau's zone, HH:mm:ss; empty for null. */
    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** Seconds as m:ss (or h:mm:ss). */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** A share in [0, 1] as a percentage with one decimal, "-" when there is none. */
    static String percent(Double share) {
        return share == null ? "-" : String.format("%.1f%%", share * 100);
    }

    /** A date typed as yyyy-MM-dd; blank is null when {@code optional}. */
    static LocalDate date(Texts t, String field, String text, boolean optional) {
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
            throw new ValidationException(field, MESSAGES.text("error.date", s));
        }
    }

    /** A whole number typed in a form; blank is null. */
    static Integer number(Texts t, String field, String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, MESSAGES.text("error.number", s));
        }
    }
}
