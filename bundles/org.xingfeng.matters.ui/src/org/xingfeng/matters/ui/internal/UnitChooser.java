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

/**
 * Which unit's list a view shows: a drop-down of the organisation's units, starting at the user's own unit when
 * the session names one. {@code noneLabel} adds a first entry meaning "none" (e.g. the province's list by default).
 */
final class UnitChooser {

    private final Combo combo;
    private final List<OrgUnit> units = new ArrayList<>();
    private final boolean withNone;
    private Consumer<OrgUnit> onChange = u -> { };

    UnitChooser(Composite parent, ViewSite site, OrgService org, String noneLabel) {
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(20);
        withNone = noneLabel != null;
        if (withNone) {
            combo.add(noneLabel);
        }
        org.units(site.session().actor()).stream().sorted(Comparator.comparing(OrgUnit::code)).forEach(u -> {
            units.add(u);
            combo.add(u.name() + " (" + u.code() + ")");
        });
        int start = 0;
        if (!withNone) {
            String own = site.session().unitName();
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).name().equals(own)) {
                    start = i;
                }
            }
        }
        if (combo.getItemCount() > 0) {
            combo.select(start);
        }
        combo.addListener(SWT.Selection, e -> onChange.accept(selected()));
    }

    Combo control() {
        return combo;
    }

    void onChange(Consumer<OrgUnit> callback) {
        onChange = callback;
    }

    /** The chosen unit, or null (nothing, or the "none" entry). */
    OrgUnit selected() {
        int i = combo.getSelectionIndex() - (withNone ? 1 : 0);
        return i < 0 || i >= units.size() ? null : units.get(i);
    }

    /** Chooses a unit (or, with null, the "none" entry) and tells the listener. */
    void select(Long unitId) {
        int index = withNone ? 0 : -1;
        for (int i = 0; i < units.size(); i++) {
            if (unitId != null && units.get(i).id() == unitId) {
                index = i + (withNone ? 1 : 0);
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no unit " + unitId);
        }
        combo.select(index);
        onChange.accept(selected());
    }
}
