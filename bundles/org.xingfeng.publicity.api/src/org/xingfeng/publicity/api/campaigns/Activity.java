package org.xingfeng.publicity.api.campaigns;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An activity of a campaign held by a unit taking part (the campaign's unit or one below it) on {@code date}, at a
 * venue of a kind, with its outputs ({@code outputs.activities} is 1).
 */
public record Activity(long id, long campaignId, long unitId, String unitName, LocalDate date, VenueKind venueKind,
        String venue, String description, Outputs outputs, String createdBy, Instant createdAt) {
}
