package org.xingfeng.publicity.api.campaigns;

import java.time.LocalDate;

/**
 * An activity as recorded or changed. {@code unitId} is the unit that held it: in the actor's reach and the campaign's
 * unit or one below it (400 naming it otherwise); {@code date} within the campaign's period and not in the future; the
 * counts 0..10,000,000 (null: 0).
 */
public record ActivityDraft(Long unitId, LocalDate date, VenueKind venueKind, String venue, String description,
        Integer leaflets, Integer banners, Integer screens, Integer sessions, Integer peopleReached) {
}
