package org.xingfeng.windows.api.stations;

/**
 * What the map page needs: the tile server's URL template ({@code {z}/{x}/{y}}, empty for a plain background), its
 * attribution, and the reach settings.
 */
public record MapSettings(String tileUrl, String tileAttribution, int reachMinutes, double walkingKmh,
        double drivingKmh, double detourFactor) {
}
