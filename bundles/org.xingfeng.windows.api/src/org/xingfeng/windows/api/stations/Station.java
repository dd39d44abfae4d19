package org.xingfeng.windows.api.stations;

import java.util.List;

import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.windows.api.MatterRef;

/**
 * A station: a township or village unit of the org tree. {@code latitude}/{@code longitude} (WGS84) are null until set;
 * {@code matters} are those set for it together with those its hall's windows handle.
 */
public record Station(long unitId, String code, String name, OrgLevel level, Long parentId, Double latitude,
        Double longitude, String address, String openingHours, List<MatterRef> matters) {

    public Station {
        matters = List.copyOf(matters);
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
