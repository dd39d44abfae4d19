package org.xingfeng.publicity.api.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * 集中宣传活动: a campaign of a unit from {@code startDate} to {@code endDate} (both included), with its goal, the
 * groups it addresses, the 五进 venue kinds and the channels it uses. The units below the campaign's unit take part and
 * record activities. {@code unitName} is filled in from the org tree.
 */
public record Campaign(long id, long unitId, String unitName, String theme, LocalDate startDate, LocalDate endDate,
        String goal, Set<TargetGroup> targetGroups, Set<VenueKind> venueKinds, Set<Channel> channels,
        String createdBy, Instant createdAt) {

    public Campaign {
        targetGroups = Set.copyOf(targetGroups);
        venueKinds = Set.copyOf(venueKinds);
        channels = Set.copyOf(channels);
    }
}
