package org.xingfeng.publicity.api.campaigns;

import java.time.LocalDate;
import java.util.Set;

/**
 * A campaign as created or changed. {@code unitId} must be in the actor's reach (400 naming it otherwise); the period
 * is at most a year, its end not before its start; at least one channel.
 */
public record CampaignDraft(Long unitId, String theme, LocalDate startDate, LocalDate endDate, String goal,
        Set<TargetGroup> targetGroups, Set<VenueKind> venueKinds, Set<Channel> channels) {
}
