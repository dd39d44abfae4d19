package org.xingfeng.demands.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Texts;

/** What the demands views share: the module id and roles, labels of the API's enums, the units in reach as choices. */
final class DemandsUi {

    static final String MODULE = "demands";
    static final Messages MESSAGES = Messages.of(DemandsUi.class);
    static final String[] READERS = { DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR,
            DemandsRoles.HANDLER, Roles.ADMIN, Roles.AUDITOR };

    private DemandsUi() {
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}; empty for null. */
    static String label(Texts t, Enum<?> e) {
        return e == null ? "" : t.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    /** The units in reach, by code (optionally "all" first). */
    static List<Choice<Long>> units(OrgService org, Actor actor, Texts t, boolean withAll) {
        List<Choice<Long>> out = new ArrayList<>();
        if (withAll) {
            out.add(new Choice<>(null, t.get("common.allUnits")));
        }
        org.units(actor).stream().sorted(Comparator.comparing(OrgUnit::code))
                .forEach(u -> out.add(new Choice<>(u.id(), u.name())));
        return out;
    }

    static <E extends Enum<E>> List<Choice<E>> choices(Texts t, E[] values, boolean withAny) {
        List<Choice<E>> out = new ArrayList<>();
        if (withAny) {
            out.add(new Choice<>(null, t.get("common.any")));
        }
        for (E e : values) {
            out.add(new Choice<>(e, label(t, e)));
        }
        return out;
    }
}
