package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.needs.NeedReason;

class NeedRulesTest {

    static final NeedRules.Policy DEFAULTS = TrainingNeedServiceImpl.policy(90, 2, 3, "3.5",
            "attitude:ETIQUETTE,competence:PROCESS+POLICY,efficiency:PROCESS",
            "态度不好:ETIQUETTE,解释不清:POLICY,材料反复要求:PROCESS,等候太久:PROCESS", "ETIQUETTE");

    static LocalDate day(int d) {
        return LocalDate.of(2026, 3, 1).plusDays(d);
    }

    static NeedRules.Review bad(long staff, int d, String... tags) {
        return new NeedRules.Review(staff, day(d), true, List.of(tags), Map.of());
    }

    static NeedRules.Review rated(long staff, int d, Map<String, Integer> indicators) {
        return new NeedRules.Review(staff, day(d), false, List.of(), indicators);
    }

    @Test
    void twoBadReviewsMakeANeedForTheKindsTheirTagsName() {
        List<NeedRules.Found> found = NeedRules.find(List.of(bad(7, 1, "态度不好"), bad(7, 9, "解释不清"),
                bad(8, 3, "态度不好")), DEFAULTS);
        assertEquals(1, found.size(), "one bad review is not enough: " + found);
        NeedRules.Found f = found.get(0);
        assertEquals(7, f.staffId());
        assertEquals(NeedReason.BAD_REVIEWS, f.reason());
        assertEquals(2, f.count());
        assertEquals(day(9), f.arose(), "the latest bad review");
        assertEquals(List.of("态度不好", "解释不清"), f.tags());
        assertEquals(List.of(CourseKind.POLICY, CourseKind.ETIQUETTE), f.kinds(), "in the kinds' order");
    }

    @Test
    void badReviewsWithoutAKnownTagAskForTheConfiguredKinds() {
        NeedRules.Found f = NeedRules.find(List.of(bad(7, 1), bad(7, 2, "别的"), bad(7, 3, "等候太久")), DEFAULTS).get(0);
        assertEquals(3, f.count());
        assertEquals(List.of(CourseKind.PROCESS, CourseKind.ETIQUETTE), f.kinds());
    }

    @Test
    void aLowMeanOverEnoughRatingsMakesANeedForItsIndicator() {
        // attitude 2, 4, 4: mean 3.33 < 3.5; competence 3, 4, 4: 3.67, none; efficiency only twice
        List<NeedRules.Review> reviews = List.of(rated(5, 1, Map.of("attitude", 2, "competence", 3, "efficiency", 1)),
                rated(5, 4, Map.of("attitude", 4, "competence", 4, "efficiency", 1, "overall", 1)),
                rated(5, 6, Map.of("attitude", 4, "competence", 4, "overall", 1)));
        List<NeedRules.Found> found = NeedRules.find(reviews, DEFAULTS);
        assertEquals(1, found.size(), found.toString());
        NeedRules.Found f = found.get(0);
        assertEquals(NeedReason.LOW_RATING, f.reason());
        assertEquals("attitude", f.indicator());
        assertEquals(3, f.count());
        assertEquals(new BigDecimal("3.33"), f.average());
        assertEquals(day(1), f.arose(), "the latest rating under the threshold, not the latest rating");
        assertEquals(List.of(CourseKind.ETIQUETTE), f.kinds());
    }

    @Test
    void aMeanAtTheThresholdIsNoNeed() {
        // 3, 4, 3, 4: exactly 3.5
        List<NeedRules.Review> reviews = List.of(rated(5, 1, Map.of("competence", 3)),
                rated(5, 2, Map.of("competence", 4)), rated(5, 3, Map.of("competence", 3)),
                rated(5, 4, Map.of("competence", 4)));
        assertEquals(List.of(), NeedRules.find(reviews, DEFAULTS));
        List<NeedRules.Review> lower = new java.util.ArrayList<>(reviews);
        lower.add(rated(5, 5, Map.of("competence", 3)));
        NeedRules.Found f = NeedRules.find(lower, DEFAULTS).get(0);
        assertEquals(new BigDecimal("3.40"), f.average());
        assertEquals(List.of(CourseKind.POLICY, CourseKind.PROCESS), f.kinds());
    }

    @Test
    void aNeedIsMetOnlyByACourseOfItsKindsAttendedAfterItArose() {
        NeedRules.Found f = NeedRules.find(List.of(bad(7, 1, "态度不好"), bad(7, 9, "态度不好")), DEFAULTS).get(0);
        NeedRules.Attended before = new NeedRules.Attended(7, day(5), CourseKind.ETIQUETTE, "礼仪一");
        NeedRules.Attended sameDay = new NeedRules.Attended(7, day(9), CourseKind.ETIQUETTE, "礼仪二");
        NeedRules.Attended otherKind = new NeedRules.Attended(7, day(12), CourseKind.POLICY, "政策");
        NeedRules.Attended someoneElse = new NeedRules.Attended(8, day(12), CourseKind.ETIQUETTE, "礼仪三");
        assertTrue(NeedRules.met(f, List.of(before, sameDay, otherKind, someoneElse)).isEmpty());
        NeedRules.Attended later = new NeedRules.Attended(7, day(20), CourseKind.ETIQUETTE, "礼仪四");
        NeedRules.Attended first = new NeedRules.Attended(7, day(15), CourseKind.ETIQUETTE, "礼仪五");
        assertEquals(new NeedRules.Met(day(15), "礼仪五"),
                NeedRules.met(f, List.of(before, later, otherKind, first)).orElseThrow());
    }

    @Test
    void periodsReversedInTheFutureOrTooLongAreRefusedByField() {
        LocalDate today = day(100);
        assertEquals(List.of(), NeedRules.checkPeriod(day(0), today, today));
        assertEquals(List.of("from"), fields(NeedRules.checkPeriod(day(50), day(40), today)));
        assertEquals(List.of("to"), fields(NeedRules.checkPeriod(day(50), day(101), today)));
        assertEquals(List.of(), NeedRules.checkPeriod(today.minusDays(365), today, today), "366 days");
        assertEquals(List.of("from"), fields(NeedRules.checkPeriod(today.minusDays(366), today, today)));
    }

    static NeedRules.Complaint upheld(long staff, int received, int upheldOn, String category, String name) {
        return new NeedRules.Complaint(staff, day(received), day(upheldOn), category, name);
    }

    @Test
    void anUpheldComplaintMakesANeedForItsCategorysKinds() {
        List<NeedRules.Found> found = NeedRules.find(List.of(), List.of(upheld(7, 2, 6, "ATTITUDE", "服务态度"),
                upheld(7, 10, 12, "POLICY_ANSWER", "政策解答"), upheld(8, 4, 5, "OTHER", "其他")), DEFAULTS);
        // staff 8's complaint is of a category the settings name no kinds for: no need
        assertEquals(1, found.size(), found.toString());
        NeedRules.Found f = found.get(0);
        assertEquals(7, f.staffId());
        assertEquals(NeedReason.UPHELD_COMPLAINT, f.reason());
        assertEquals(2, f.count());
        assertEquals(List.of("服务态度", "政策解答"), f.tags());
        assertEquals(List.of(CourseKind.POLICY, CourseKind.ETIQUETTE), f.kinds());
        assertEquals(day(12), f.arose(), "the day the latest was found upheld, not received");
        // met by a course of one of its kinds after that day only
        assertTrue(NeedRules.met(f, List.of(new NeedRules.Attended(7, day(12), CourseKind.POLICY, "on the day"),
                new NeedRules.Attended(7, day(20), CourseKind.DRILL, "another kind"))).isEmpty());
        assertEquals(new NeedRules.Met(day(13), "政策法规"), NeedRules.met(f, List.of(new NeedRules.Attended(7,
                day(13), CourseKind.POLICY, "政策法规"))).orElseThrow());
    }

    @Test
    void complaintsComeAfterBadReviewsAndBeforeIndicatorsAndMayNeedMoreThanOne() {
        NeedRules.Policy two = TrainingNeedServiceImpl.policy(90, 2, 3, "3.5", "attitude:ETIQUETTE", "",
                "ETIQUETTE", 2, "ATTITUDE:ETIQUETTE+DRILL");
        Map<String, Integer> low = Map.of("attitude", 2);
        List<NeedRules.Review> reviews = List.of(bad(7, 1), bad(7, 2), rated(7, 3, low), rated(7, 4, low),
                rated(7, 5, low));
        List<NeedRules.Found> found = NeedRules.find(reviews, List.of(upheld(7, 1, 3, "ATTITUDE", "服务态度"),
                upheld(7, 6, 8, "ATTITUDE", "服务态度"), upheld(9, 1, 2, "ATTITUDE", "服务态度")), two);
        assertEquals(List.of(NeedReason.BAD_REVIEWS, NeedReason.UPHELD_COMPLAINT, NeedReason.LOW_RATING),
                found.stream().map(NeedRules.Found::reason).toList(), "one upheld complaint is not two: staff 9 out");
        assertEquals(List.of(CourseKind.ETIQUETTE, CourseKind.DRILL), found.get(1).kinds());
        assertEquals(List.of("服务态度"), found.get(1).tags(), "a category once");
        for (String[] bad : new String[][] { { "0", "ATTITUDE:ETIQUETTE", "training.needs.upheldComplaints" },
                { "1", "ATTITUDE:NOPE", "training.needs.complaintKinds" },
                { "1", "服务态度:ETIQUETTE", "training.needs.complaintKinds" } }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingNeedServiceImpl.policy(90, 2, 3, "3.5", "", "", "ETIQUETTE",
                            Integer.parseInt(bad[0]), bad[1]));
            assertTrue(e.getMessage().contains(bad[2]), e.getMessage());
        }
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void settingsOutOfRangeNameTheirAttribute() {
        assertEquals(Map.of("attitude", List.of(CourseKind.ETIQUETTE), "competence",
                List.of(CourseKind.POLICY, CourseKind.PROCESS), "efficiency", List.of(CourseKind.PROCESS)),
                DEFAULTS.indicatorKinds());
        assertEquals(List.of(CourseKind.ETIQUETTE), NeedRules.kinds("x", " 服务礼仪 "), "the Chinese name");
        for (String[] bad : new String[][] { { "training.needs.periodDays", "6", "3.5", "a:POLICY" },
                { "training.needs.lowAverage", "90", "5.1", "a:POLICY" },
                { "training.needs.lowAverage", "90", "x", "a:POLICY" },
                { "training.needs.indicatorKinds", "90", "3.5", "a:NOPE" },
                { "training.needs.indicatorKinds", "90", "3.5", "POLICY" },
                { "training.needs.indicatorKinds", "90", "3.5", "a:POLICY,a:DRILL" } }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingNeedServiceImpl.policy(Integer.parseInt(bad[1]), 2, 3, bad[2], bad[3], "",
                            "ETIQUETTE"));
            assertTrue(e.getMessage().contains(bad[0]), e.getMessage());
        }
    }
}
