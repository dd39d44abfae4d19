package org.xingfeng.publicity.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.publicity.api.PublicityRoles;

/** What the publicity views share: the module id and roles, the units in reach as choices, columns and formats. */
final class PublicityUi {

    static final String MODULE = "publicity";
    static final Messages MESSAGES = Messages.of(PublicityUi.class);
    static final String[] READERS = { PublicityRoles.EDITOR, PublicityRoles.VIEWER, Roles.ADMIN, Roles.AUDITOR };

    private PublicityUi() {
    }

    static <T> Column<T> column(Texts t, String key, Function<? super T, ?> value) {
        return Column.of(t.get(key), value);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}; empty for null. */
    static String label(Texts t, Enum<?> e) {
        return e == null ? "" : t.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    /** The units in the actor's reach, by code, the first being "all" (null). */
    static List<Choice<Long>> units(Texts t, OrgService org, Actor actor) {
        List<OrgUnit> all = new ArrayList<>(org.units(actor));
        all.sort(Comparator.comparing(OrgUnit::code));
        List<Choice<Long>> out = new ArrayList<>();
        out.add(new Choice<>(null, t.get("all")));
        all.forEach(u -> out.add(new Choice<>(u.id(), u.name())));
        return out;
    }

    /**
     * The top of a chart's scale for values that are counts or points (the chart's default, 0 to 1, is for shares): the
     * largest value with a tenth of room for its label, rounded up to half a power of ten, at least 1.
     */
    static double top(List<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0) * 1.1;
        if (max <= 1) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(max))) / 2;
        return Math.ceil(max / step) * step;
    }

    static String points(BigDecimal p) {
        return p == null ? "" : p.setScale(2).toPlainString();
    }

    /** The unit and the units below it, among {@code units}. */
    static java.util.Set<Long> subtree(List<OrgUnit> units, long top) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        out.add(top);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnit u : units) {
                if (u.parentId() != null && out.contains(u.parentId()) && out.add(u.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** Whether the user may change the module's records (the buttons of the entry forms). */
    static boolean editor(ViewSite site) {
        return site.session().actor().hasAnyRole(PublicityRoles.EDITOR, Roles.ADMIN);
    }

    /** The units in the actor's reach, by code, for a form (no "all"). */
    static List<Choice<Long>> unitChoices(Texts t, OrgService org, Actor actor) {
        return units(t, org, actor).stream().filter(c -> c.value() != null).toList();
    }

    /** Every constant of an enum with its label, optionally after an empty choice (null). */
    static <E extends Enum<E>> List<Choice<E>> choices(Texts t, E[] values, boolean empty) {
        List<Choice<E>> out = new ArrayList<>();
        if (empty) {
            out.add(new Choice<>(null, "—"));
        }
        Arrays.stream(values).forEach(v -> out.add(new Choice<>(v, label(t, v))));
        return out;
    }

    /** A date typed as yyyy-MM-dd; blank is null (the service then names the field if it is required). */
    static LocalDate date(String field, String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, MESSAGES.text("form.date"));
        }
    }

    /** A whole number typed in a count field; blank is null (0 for the service). */
    static Integer count(String field, String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, MESSAGES.text("form.number"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
