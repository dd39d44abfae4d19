package org.xingfeng.windows.api.halls;

import java.util.List;
import java.util.Set;

/**
 * 服务大厅: a hall of an org unit (county bureau, township or village station). {@code openingHours} are the periods of
 * every working day of the platform calendar; {@code slotMinutes} the length of an appointment slot. {@code series} is
 * the letter of the hall's ticket numbers (A001...; priority tickets share it). {@code unitName} is filled in from the
 * org tree.
 */
public record Hall(long id, long unitId, String unitName, String code, String name, String address,
        Set<HallZone> zones, List<OpeningPeriod> openingHours, int slotMinutes, String series) {

    public Hall {
        zones = Set.copyOf(zones);
        openingHours = List.copyOf(openingHours);
    }
}
