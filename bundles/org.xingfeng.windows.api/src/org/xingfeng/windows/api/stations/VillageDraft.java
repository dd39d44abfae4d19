package org.xingfeng.windows.api.stations;

/** A village to store; every field is required. */
public record VillageDraft(Long unitId, String code, String name, Double latitude, Double longitude,
        Integer population) {
}
