package org.xingfeng.windows.core.internal;

import java.util.List;
import java.util.Optional;

/** A matter's terms from the matters module's list (internal; present only while the matters module is). */
public interface MatterTerms {

    /** The matter's name, time limit in working days (0 on the spot, null not fixed) and materials to bring. */
    record Terms(String name, Integer limitDays, List<String> materials) {
    }

    /** The unit's sub-item with this implementation or basic code; empty when the unit's list has none. */
    Optional<Terms> terms(long unitId, String code);
}
