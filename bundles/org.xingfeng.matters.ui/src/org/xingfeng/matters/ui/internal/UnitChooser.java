package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;

/**
 * Which unit's list a view shows: a drop-down of the organisation's units, starting at the user's own unit when
 * the session names one. {@code noneLabel} adds a first entry meaning "none" (e.g. the province's list by default).
 */
final class UnitChooser {

    private final ChoiceBox<OrgUnit> box;
    private final List<OrgUnit> units;
    private Consumer<OrgUnit> onChange = u -> {};

    UnitChooser(Composite parent, ViewSite site, OrgService org, String noneLabel) {
        units = org.units(site.session().actor()).stream().sorted(Comparator.comparing(OrgUnit::code)).toList();
        List<Choice<OrgUnit>> options = new ArrayList<>();
        if (noneLabel != null) {
            options.add(new Choice<>(null, noneLabel));
        }
        OrgUnit start = null;
        for (OrgUnit u : units) {
            options.add(new Choice<>(u, u.name() + " (" + u.code() + ")"));
            if (noneLabel == null && u.name().equals(site.session().unitName())) {
                start = u;
            }
        }
        box = new ChoiceBox<>(parent, options, SWT.DEFAULT);
        box.setOptions(options, start);
        box.onChange(() -> onChange.accept(selected()));
    }

    Combo control() {
        return box.control();
    }

    void onChange(Consumer<OrgUnit> callback) {
        onChange = callback;
    }

    /** The chosen unit, or null (nothing, or the "none" entry). */
    OrgUnit selected() {
        return box.value();
    }

    /** Chooses a unit (or, with null or an unknown unit, the "none" entry) and tells the listener. */
    void select(Long unitId) {
        OrgUnit unit = units.stream().filter(u -> unitId != null && u.id() == unitId).findFirst().orElse(null);
        box.select(unit);
        onChange.accept(selected());
    }
}
