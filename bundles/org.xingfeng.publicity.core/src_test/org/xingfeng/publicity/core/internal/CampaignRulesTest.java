package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.Outputs;
import org.xingfeng.publicity.api.campaigns.VenueKind;

/** 集中宣传: a campaign's and an activity's form, the roll-up up the org tree worked by hand. */
class CampaignRulesTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 9, 30);

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCampaignNamesEveryBadField() {
        CampaignDraft good = new CampaignDraft(1L, "医保政策进万家集中宣传月", START, END, "知晓率达到 90%", Set.of(),
                EnumSet.allOf(VenueKind.class), Set.of(Channel.LED_SCREEN));
        assertEquals(List.of(), fields(CampaignRules.check(good)));
        assertEquals(List.of("body"), fields(CampaignRules.check(null)));
        assertEquals(List.of("unitId", "theme", "startDate", "endDate", "channels"),
                fields(CampaignRules.check(new CampaignDraft(null, " ", null, null, null, null, null, Set.of()))));
        assertEquals(List.of("endDate"), fields(CampaignRules.check(new CampaignDraft(1L, "t", END, START, null, null,
                null, Set.of(Channel.TV)))));
        // at most a year: 2026-01-01 .. 2026-12-31 is 365 days apart and fine, one more day is not
        assertEquals(List.of(), fields(CampaignRules.check(new CampaignDraft(1L, "t", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), null, null, null, Set.of(Channel.TV)))));
        assertEquals(List.of("endDate"), fields(CampaignRules.check(new CampaignDraft(1L, "t",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2), null, null, null, Set.of(Channel.TV)))));
    }

    static ActivityDraft activity(LocalDate date, Integer leaflets) {
        return new ActivityDraft(2L, date, VenueKind.VILLAGE, "城郊村", null, leaflets, 1, 0, 1, 80);
    }

    @Test
    void anActivityLiesWithinTheCampaignAndNotAhead() {
        LocalDate today = LocalDate.of(2026, 9, 15);
        assertEquals(List.of(), fields(CampaignRules.check(activity(START, 500), START, END, today)));
        assertEquals(List.of(), fields(CampaignRules.check(activity(today, null), START, END, today)));
        assertEquals(List.of("date"),
                fields(CampaignRules.check(activity(START.minusDays(1), 1), START, END, today)));
        assertEquals(List.of("date"), fields(CampaignRules.check(activity(END.plusDays(1), 1), START, END, END)));
        assertEquals(List.of("date"), fields(CampaignRules.check(activity(today.plusDays(1), 1), START, END, today)));
        assertEquals(List.of("leaflets"), fields(CampaignRules.check(activity(today, -1), START, END, today)));
        assertEquals(List.of("unitId", "date", "venueKind"), fields(CampaignRules.check(
                new ActivityDraft(null, null, null, null, null, null, null, null, null, null), START, END, today)));
    }

    /**
     * City 1 with counties 2 and 3; county 2 with townships 4 and 5. Township 4: 2 activities (100 + 50 leaflets, 30 +
     * 20 people); county 2 itself: 1 (200 leaflets, 1 session, 300 people); county 3: 1 (10 leaflets). County 2's
     * total: 3 activities, 350 leaflets, 350 people; the city's: 4 activities, 360 leaflets; township 5: nothing.
     */
    @Test
    void outputsRollUpTheTree() {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 1L);
        parents.put(4L, 2L);
        parents.put(5L, 2L);
        Map<Long, Outputs> own = Map.of(4L, new Outputs(2, 150, 2, 0, 0, 50), 2L, new Outputs(1, 200, 1, 1, 1, 300),
                3L, new Outputs(1, 10, 0, 0, 0, 5));
        Map<Long, Outputs> total = CampaignRules.rollUp(parents, own);
        assertEquals(new Outputs(3, 350, 3, 1, 1, 350), total.get(2L));
        assertEquals(new Outputs(4, 360, 3, 1, 1, 355), total.get(1L));
        assertEquals(Outputs.NONE, total.get(5L));
        assertEquals(new Outputs(2, 150, 2, 0, 0, 50), total.get(4L));
        // a subtree asked for alone (county 2 as the root): nothing above it is counted
        Map<Long, Long> sub = new HashMap<>();
        sub.put(2L, null);
        sub.put(4L, 2L);
        sub.put(5L, 2L);
        assertEquals(new Outputs(3, 350, 3, 1, 1, 350), CampaignRules.rollUp(sub, own).get(2L));
        assertEquals(List.of(1L, 2L, 4L, 5L, 3L), List.copyOf(CampaignRules.depthFirst(1L, parents).keySet()));
        assertEquals(2, CampaignRules.depthFirst(1L, parents).get(4L));
    }

    @Test
    void setsOfNamesRoundTrip() {
        assertEquals("LED_SCREEN,TV", CampaignRules.join(EnumSet.of(Channel.TV, Channel.LED_SCREEN)));
        assertEquals(EnumSet.of(Channel.TV, Channel.LED_SCREEN), CampaignRules.split(Channel.class, "LED_SCREEN,TV"));
        assertEquals(EnumSet.noneOf(Channel.class), CampaignRules.split(Channel.class, ""));
    }
}
