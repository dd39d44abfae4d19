package org.xingfeng.windows.api.halls;

import java.util.List;
import java.util.Set;

/**
 * A hall as created or changed. {@code unitId} must be in the actor's reach (400 naming it otherwise); {@code code} is
 * unique within the unit; {@code openingHours} null means the default 09:00-12:00 and 13:30-17:00; {@code slotMinutes}
 * null means 30 (5..240); {@code series} null means "A" (one upper-case letter).
 */
public record HallDraft(Long unitId, String code, String name, String address, Set<HallZone> zones,
        List<OpeningPeriod> openingHours, Integer slotMinutes, String series) {
}
