package org.xingfeng.publicity.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
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
}
