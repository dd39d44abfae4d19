package org.xingfeng.windows.core.internal;

import java.util.Map;

/** The matters module's list of a unit, code to name (internal; present only while the matters module is). */
public interface MatterNames {

    /** Implementation and basic codes of the unit's sub-items, each with the sub-item's name. */
    Map<String, String> names(long unitId);
}
