package org.xingfeng.evaluations.rest.internal;

import java.util.Optional;

/** A matter's name by its code in a unit's list, for the citizen's page: there while the matters module is. */
interface MatterNames {

    /** The name of the matter with this basic or implementation code in the unit's list; empty when none. */
    Optional<String> name(long unitId, String code);
}
