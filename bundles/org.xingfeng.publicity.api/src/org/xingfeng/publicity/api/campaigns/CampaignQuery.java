package org.xingfeng.publicity.api.campaigns;

/**
 * Filters of the campaigns list; null means any. {@code unitId} takes the unit and every unit below it; {@code year}
 * the campaigns whose period touches that year; {@code text} a part of the theme. The list also holds the campaigns of
 * the units above the actor's home unit, in which its units take part.
 */
public record CampaignQuery(Long unitId, Integer year, String text) {

    public static final CampaignQuery ALL = new CampaignQuery(null, null, null);
}
