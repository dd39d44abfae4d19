package org.xingfeng.windows.api.stations;

/** How citizens reach a station; the speed of each is configuration. */
public enum TravelMode {
    WALKING("步行"), DRIVING("驾车");

    private final String nameZh;

    TravelMode(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
