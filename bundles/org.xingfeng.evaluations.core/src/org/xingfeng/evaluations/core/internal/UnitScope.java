package org.xingfeng.evaluations.core.internal;

import java.util.List;

import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;

/** The unit filter of the module's lists: a unit means it and every unit below it. */
public final class UnitScope {

    private UnitScope() {
    }

    /** The ids of the unit and the units below it; null (no filter) without a unit; an unknown unit is a 404. */
    public static List<Long> ids(OrgService org, Long unitId) {
        return unitId == null ? null : org.subtree(unitId).stream().map(OrgUnit::id).toList();
    }
}
