package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.training.api.courses.CourseKind;
import org.xingfeng.training.api.needs.NeedReason;

/**
 * Training needs from citizens' evaluations, without a database: who needs what (bad reviews in the period, an
 * indicator's mean under the threshold) and whether a course attended since has met it. Every date is an argument.
 */
final class NeedRules {

    static final Messages MESSAGES = Messages.of(NeedRules.class);

    /** The longest period asked for at once (the evaluations module allows three years; a year keeps it quick). */
    static final int PERIOD_MAX_DAYS = 366;

    private NeedRules() {
    }

    /** One evaluation of a member of staff: its day, whether it is a bad review, its tags and indicator ratings. */
    record Review(long staffId, LocalDate day, boolean bad, List<String> tags, Map<String, Integer> indicators) {
    }

    /**
     * A complaint about a member of staff found upheld: the day it was received, the day it was found upheld, and its
     * category (the evaluations module's constant, and its Chinese name).
     */
    record Complaint(long staffId, LocalDate received, LocalDate upheldOn, String category, String categoryName) {
    }

    /** One course a member of staff attended (present), on a day. */
    record Attended(long staffId, LocalDate day, CourseKind kind, String title) {
    }

    /**
     * The thresholds (configuration): {@code badReviews} bad reviews in the period make a need; an indicator's mean
     * under {@code lowAverage} over at least {@code minRatings} ratings makes one; which course kinds answer an
     * indicator, a bad review's tag, and a bad review whose tags name none; {@code upheldComplaints} upheld
     * complaints of the categories {@code complaintKinds} names make a need for those categories' kinds.
     */
    record Policy(int periodDays, int badReviews, int minRatings, BigDecimal lowAverage,
            Map<String, List<CourseKind>> indicatorKinds, Map<String, List<CourseKind>> tagKinds,
            List<CourseKind> badReviewKinds, int upheldComplaints, Map<String, List<CourseKind>> complaintKinds) {

        Policy(int periodDays, int badReviews, int minRatings, BigDecimal lowAverage,
                Map<String, List<CourseKind>> indicatorKinds, Map<String, List<CourseKind>> tagKinds,
                List<CourseKind> badReviewKinds) {
            this(periodDays, badReviews, minRatings, lowAverage, indicatorKinds, tagKinds, badReviewKinds, 1,
                    Map.of());
        }
    }

    /** A need found: see {@code TrainingNeed}. */
    record Found(long staffId, NeedReason reason, String indicator, int count, BigDecimal average, List<String> tags,
            LocalDate arose, List<CourseKind> kinds) {
    }

    /** The course that met a need. */
    record Met(LocalDate on, String title) {
    }

    /** The needs in these reviews, per staff member (in id order): bad reviews first, then indicators by name. */
    static List<Found> find(List<Review> reviews, Policy p) {
        return find(reviews, List.of(), p);
    }

    /**
     * The needs in these reviews and upheld complaints, per staff member (in id order): bad reviews first, then upheld
     * complaints, then indicators by name.
     */
    static List<Found> find(List<Review> reviews, List<Complaint> complaints, Policy p) {
        Map<Long, List<Review>> byStaff = new TreeMap<>();
        for (Review r : reviews) {
            byStaff.computeIfAbsent(r.staffId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, List<Complaint>> complained = new TreeMap<>();
        for (Complaint c : complaints) {
            complained.computeIfAbsent(c.staffId(), k -> new ArrayList<>()).add(c);
            byStaff.putIfAbsent(c.staffId(), new ArrayList<>());
        }
        List<Found> found = new ArrayList<>();
        byStaff.forEach((staffId, list) -> {
            badReviews(staffId, list, p).ifPresent(found::add);
            upheld(staffId, complained.getOrDefault(staffId, List.of()), p).ifPresent(found::add);
            new TreeMap<>(p.indicatorKinds()).forEach((indicator, kinds) -> lowRating(staffId, indicator, kinds,
                    list, p).ifPresent(found::add));
        });
        return found;
    }

    /**
     * The need from a person's upheld complaints: those of a category the policy names, at least
     * {@code upheldComplaints} of them; it arose the day the latest was found upheld.
     */
    private static Optional<Found> upheld(long staffId, List<Complaint> list, Policy p) {
        int count = 0;
        LocalDate last = null;
        Set<String> categories = new LinkedHashSet<>();
        Set<CourseKind> kinds = EnumSet.noneOf(CourseKind.class);
        for (Complaint c : list.stream().sorted(Comparator.comparing(Complaint::upheldOn)).toList()) {
            List<CourseKind> k = p.complaintKinds().get(c.category());
            if (k == null) {
                continue;
            }
            count++;
            last = last == null || c.upheldOn().isAfter(last) ? c.upheldOn() : last;
            categories.add(c.categoryName());
            kinds.addAll(k);
        }
        if (count == 0 || count < p.upheldComplaints()) {
            return Optional.empty();
        }
        return Optional.of(new Found(staffId, NeedReason.UPHELD_COMPLAINT, null, count, null,
                List.copyOf(categories), last, List.copyOf(kinds)));
    }

    private static Optional<Found> badReviews(long staffId, List<Review> list, Policy p) {
        int count = 0;
        LocalDate last = null;
        Set<String> tags = new LinkedHashSet<>();
        Set<CourseKind> kinds = EnumSet.noneOf(CourseKind.class);
        boolean untagged = false;
        for (Review r : list) {
            if (!r.bad()) {
                continue;
            }
            count++;
            last = last == null || r.day().isAfter(last) ? r.day() : last;
            boolean named = false;
            for (String t : r.tags()) {
                tags.add(t);
                List<CourseKind> k = p.tagKinds().get(t);
                if (k != null) {
                    kinds.addAll(k);
                    named = true;
                }
            }
            untagged |= !named;
        }
        if (count == 0 || count < p.badReviews()) {
            return Optional.empty();
        }
        if (untagged) {
            kinds.addAll(p.badReviewKinds());
        }
        return Optional.of(new Found(staffId, NeedReason.BAD_REVIEWS, null, count, null, List.copyOf(tags), last,
                List.copyOf(kinds)));
    }

    private static Optional<Found> lowRating(long staffId, String indicator, List<CourseKind> kinds,
            List<Review> list, Policy p) {
        int count = 0;
        long sum = 0;
        LocalDate lastLow = null;
        for (Review r : list) {
            Integer score = r.indicators().get(indicator);
            if (score == null) {
                continue;
            }
            count++;
            sum += score;
            if (BigDecimal.valueOf(score).compareTo(p.lowAverage()) < 0
                    && (lastLow == null || r.day().isAfter(lastLow))) {
                lastLow = r.day();
            }
        }
        if (count == 0 || count < p.minRatings()) {
            return Optional.empty();
        }
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        if (average.compareTo(p.lowAverage()) >= 0 || lastLow == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(staffId, NeedReason.LOW_RATING, indicator, count, average, List.of(), lastLow,
                List.copyOf(EnumSet.copyOf(kinds))));
    }

    /** The first course of one of the need's kinds that its person attended after the need arose. */
    static Optional<Met> met(Found need, List<Attended> attended) {
        return attended.stream()
                .filter(a -> a.staffId() == need.staffId() && a.day().isAfter(need.arose())
                        && need.kinds().contains(a.kind()))
                .min(Comparator.comparing(Attended::day).thenComparing(Attended::title))
                .map(a -> new Met(a.day(), a.title()));
    }

    /** What is wrong with a period: reversed, in the future, or longer than {@link #PERIOD_MAX_DAYS}. */
    static List<FieldError> checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (to.isAfter(today)) {
            errors.add(FieldError.of("to", MESSAGES.text("needs.to_future")));
        }
        if (from.isAfter(to)) {
            errors.add(FieldError.of("from", MESSAGES.text("needs.from_after_to")));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > PERIOD_MAX_DAYS) {
            errors.add(FieldError.of("from", MESSAGES.text("needs.period_too_long", PERIOD_MAX_DAYS)));
        }
        return errors;
    }

    /**
     * Reads {@code key:KIND+KIND,key:KIND} (kinds by constant or Chinese name), in its order; an
     * {@code IllegalArgumentException} naming the attribute when an entry is malformed or names no kind.
     */
    static Map<String, List<CourseKind>> kindMap(String attribute, String text) {
        Map<String, List<CourseKind>> map = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return map;
        }
        for (String entry : text.split(",")) {
            int colon = entry.indexOf(':');
            String key = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(attribute + ": an entry must be key:KIND, was '" + entry.strip()
                        + "'");
            }
            if (map.put(key, kinds(attribute, entry.substring(colon + 1))) != null) {
                throw new IllegalArgumentException(attribute + ": " + key + " is named twice");
            }
        }
        return map;
    }

    /** Reads {@code KIND+KIND}: at least one kind, each a constant or a Chinese name. */
    static List<CourseKind> kinds(String attribute, String text) {
        Set<CourseKind> kinds = EnumSet.noneOf(CourseKind.class);
        for (String k : text.split("\\+")) {
            CourseKind kind = CourseKind.parse(k);
            if (kind == null) {
                throw new IllegalArgumentException(attribute + ": no course kind '" + k.strip() + "'");
            }
            kinds.add(kind);
        }
        return List.copyOf(kinds);
    }
}
