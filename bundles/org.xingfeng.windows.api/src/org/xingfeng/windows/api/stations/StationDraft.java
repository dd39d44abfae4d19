package org.xingfeng.windows.api.stations;

import java.util.List;

/** A station's settings: location (WGS84 degrees), address, opening hours as text, the matter codes it handles. */
public record StationDraft(Double latitude, Double longitude, String address, String openingHours,
        List<String> matterCodes) {
}
