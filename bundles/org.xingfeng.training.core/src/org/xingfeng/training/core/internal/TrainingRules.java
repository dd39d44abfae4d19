package org.xingfeng.training.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.training.api.attendance.AttendanceDraft;
import org.xingfeng.training.api.attendance.AttendanceMark;
import org.xingfeng.training.api.courses.CourseDraft;
import org.xingfeng.training.api.courses.SessionDraft;
import org.xingfeng.training.api.standing.CertificateAlert;
import org.xingfeng.training.api.standing.RuleState;
import org.xingfeng.training.api.standing.TrainingPolicy;

/**
 * The training rules that need no database: the form of courses, sessions and attendance, a course's length in
 * working days and whether it is long enough for its tiers, and where a person stands (tier training within the
 * window, the yearly minimum and its projection, certificates running out). Every date comes in as an argument.
 */
final class TrainingRules {

    static final Messages MESSAGES = Messages.of(TrainingRules.class);

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 200;
    static final int SYLLABUS_MAX = 4000;
    static final int CERTIFICATE_MAX = 64;
    static final BigDecimal HOURS_MAX = new BigDecimal("2000");
    static final BigDecimal SCORE_MAX = new BigDecimal("100");
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A course may run at most this many calendar days. */
    static final int COURSE_MAX_DAYS = 366;
    /** Days before a certificate runs out at which it is shown, largest first. */
    static final int[] BANDS = { 90, 60, 30 };

    private TrainingRules() {
    }

    // ---- courses

    /** What is wrong with a course draft on its face (the unit is checked by the service). */
    static List<FieldError> check(CourseDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("rules.body_required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("rules.required", "unitId")));
        }
        text(errors, "title", d.title(), TITLE_MAX, true);
        if (d.kind() == null) {
            errors.add(FieldError.of("kind", MESSAGES.text("rules.required", "kind")));
        }
        if (d.tiers() != null && d.tiers().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(FieldError.of("tiers", MESSAGES.text("rules.tier_unknown")));
        }
        text(errors, "organiser", d.organiser(), TEXT_MAX, false);
        text(errors, "place", d.place(), TEXT_MAX, !Boolean.TRUE.equals(d.online()));
        text(errors, "syllabus", d.syllabus(), SYLLABUS_MAX, false);
        if (d.startDate() == null) {
            errors.add(FieldError.of("startDate", MESSAGES.text("rules.required", "startDate")));
        } else if (d.startDate().isBefore(EARLIEST)) {
            errors.add(FieldError.of("startDate", MESSAGES.text("rules.date_before_2000")));
        }
        if (d.endDate() == null) {
            errors.add(FieldError.of("endDate", MESSAGES.text("rules.required", "endDate")));
        } else if (d.startDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(FieldError.of("endDate", MESSAGES.text("rules.end_before_start")));
        } else if (d.startDate() != null
                && ChronoUnit.DAYS.between(d.startDate(), d.endDate()) >= COURSE_MAX_DAYS) {
            errors.add(FieldError.of("endDate", MESSAGES.text("rules.course_too_long", COURSE_MAX_DAYS)));
        }
        hours(errors, "hours", d.hours(), HOURS_MAX);
        return errors;
    }

    /**
     * The working days of a course from {@code start} to {@code end}, both included: weekends and official holidays
     * do not count, adjusted working days (调休) do.
     */
    static int workingDays(WorkingDayCalendar calendar, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return 0;
        }
        return calendar.workingDaysBetween(start.minusDays(1), end);
    }

    /** The targeted tiers whose minimum working days per course the course does not reach, in the tiers' order. */
    static List<StaffTier> shortForTiers(Collection<StaffTier> tiers, int workingDays, TrainingPolicy policy) {
        List<StaffTier> shortFor = new ArrayList<>();
        for (StaffTier t : tiers(tiers)) {
            if (workingDays < policy.minDays(t)) {
                shortFor.add(t);
            }
        }
        return shortFor;
    }

    /** Whether a course counts as training for the tier: it targets the tier and is long enough for it. */
    static boolean countsFor(StaffTier tier, Collection<StaffTier> tiers, int workingDays, TrainingPolicy policy) {
        return tier != null && tiers.contains(tier) && workingDays >= policy.minDays(tier);
    }

    /** The tiers, without repeats, in the enum's order. */
    static Set<StaffTier> tiers(Collection<StaffTier> tiers) {
        Set<StaffTier> set = EnumSet.noneOf(StaffTier.class);
        if (tiers != null) {
            for (StaffTier t : tiers) {
                if (t != null) {
                    set.add(t);
                }
            }
        }
        return set;
    }

    /** "WINDOW_STAFF,UNIT_HEAD" as the database keeps the tiers, and back. */
    static String tiersText(Collection<StaffTier> tiers) {
        return String.join(",", tiers(tiers).stream().map(Enum::name).toList());
    }

    static List<StaffTier> tiersOf(String text) {
        List<StaffTier> list = new ArrayList<>();
        if (text != null) {
            for (String s : text.split(",")) {
                StaffTier t = StaffTier.parse(s);
                if (t != null) {
                    list.add(t);
                }
            }
        }
        return list;
    }

    // ---- sessions

    /** What is wrong with a session of a course running from {@code start} to {@code end}. */
    static List<FieldError> check(SessionDraft d, LocalDate start, LocalDate end) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("rules.body_required")));
            return errors;
        }
        if (d.day() == null) {
            errors.add(FieldError.of("day", MESSAGES.text("rules.required", "day")));
        } else if (d.day().isBefore(start) || d.day().isAfter(end)) {
            errors.add(FieldError.of("day", MESSAGES.text("rules.session_outside_course", start, end)));
        }
        if (d.startsAt() == null) {
            errors.add(FieldError.of("startsAt", MESSAGES.text("rules.required", "startsAt")));
        }
        if (d.endsAt() == null) {
            errors.add(FieldError.of("endsAt", MESSAGES.text("rules.required", "endsAt")));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add(FieldError.of("endsAt", MESSAGES.text("rules.ends_before_starts")));
        }
        text(errors, "place", d.place(), TEXT_MAX, false);
        text(errors, "topic", d.topic(), TEXT_MAX, false);
        hours(errors, "hours", d.hours(), new BigDecimal("24"));
        return errors;
    }

    /** The session's hours: as given, else the time between its start and end in hours (two decimals). */
    static BigDecimal sessionHours(BigDecimal given, LocalTime startsAt, LocalTime endsAt) {
        if (given != null) {
            return given.setScale(2, RoundingMode.HALF_UP);
        }
        long minutes = ChronoUnit.MINUTES.between(startsAt, endsAt);
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    // ---- attendance

    /** What is wrong with attendance at a session worth {@code sessionHours}. */
    static List<FieldError> check(AttendanceDraft d, BigDecimal sessionHours, int row) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.at("body", row, MESSAGES.text("rules.body_required")));
            return errors;
        }
        if (d.staffId() == null) {
            errors.add(FieldError.at("staffId", row, MESSAGES.text("rules.required", "staffId")));
        }
        AttendanceMark mark = mark(d);
        if (d.present() == null && d.mark() == null) {
            errors.add(FieldError.at("mark", row, MESSAGES.text("rules.required", "mark")));
        } else if (mark == null) {
            errors.add(FieldError.at("mark", row, MESSAGES.text("rules.mark_disagrees")));
        }
        if (d.hours() != null) {
            if (d.hours().signum() < 0 || d.hours().stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.at("hours", row, MESSAGES.text("rules.hours_invalid", sessionHours)));
            } else if (d.hours().compareTo(sessionHours) > 0) {
                errors.add(FieldError.at("hours", row, MESSAGES.text("rules.hours_over_session", sessionHours)));
            } else if (mark != null && mark != AttendanceMark.PRESENT && d.hours().signum() > 0) {
                errors.add(FieldError.at("hours", row, MESSAGES.text("rules.hours_absent")));
            }
        }
        if (d.score() != null && (d.score().signum() < 0 || d.score().compareTo(SCORE_MAX) > 0)) {
            errors.add(FieldError.at("score", row, MESSAGES.text("rules.score_range")));
        }
        boolean hasNo = !Strings.blank(d.certificateNo());
        if (hasNo && d.certificateNo().strip().length() > CERTIFICATE_MAX) {
            errors.add(FieldError.at("certificateNo", row, MESSAGES.text("rules.too_long", CERTIFICATE_MAX)));
        }
        if (hasNo && d.certificateIssued() == null) {
            errors.add(FieldError.at("certificateIssued", row, MESSAGES.text("rules.certificate_issued_required")));
        }
        if (!hasNo && (d.certificateIssued() != null || d.certificateValidUntil() != null)) {
            errors.add(FieldError.at("certificateNo", row, MESSAGES.text("rules.certificate_no_required")));
        }
        if (d.certificateIssued() != null && d.certificateValidUntil() != null
                && !d.certificateValidUntil().isAfter(d.certificateIssued())) {
            errors.add(FieldError.at("certificateValidUntil", row, MESSAGES.text("rules.valid_until_after_issue")));
        }
        if (hasNo && mark != null && mark != AttendanceMark.PRESENT) {
            errors.add(FieldError.at("certificateNo", row, MESSAGES.text("rules.certificate_absent")));
        }
        return errors;
    }

    /**
     * The mark a draft gives: its {@code mark}, else present or absent as {@code present} says; null when it gives
     * neither or the two disagree.
     */
    static AttendanceMark mark(AttendanceDraft d) {
        if (d.mark() == null) {
            return d.present() == null ? null : AttendanceMark.of(d.present());
        }
        if (d.present() != null && d.present() != (d.mark() == AttendanceMark.PRESENT)) {
            return null;
        }
        return d.mark();
    }

    /** The hours earned: as given, else the session's when present, 0 when absent or excused. */
    static BigDecimal attendedHours(AttendanceDraft d, BigDecimal sessionHours) {
        if (mark(d) != AttendanceMark.PRESENT) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (d.hours() == null ? sessionHours : d.hours()).setScale(2, RoundingMode.HALF_UP);
    }

    /** The last valid day of a certificate: as given, else the issue date plus the validity (null without one). */
    static LocalDate validUntil(LocalDate issued, LocalDate given, int validityMonths) {
        if (issued == null) {
            return null;
        }
        return given != null ? given : issued.plusMonths(validityMonths).minusDays(1);
    }

    // ---- standing

    /** The day the coverage window runs out after the last training (null: never trained). */
    static LocalDate trainedUntil(LocalDate lastTrained, int coverageYears) {
        return lastTrained == null ? null : lastTrained.plusYears(coverageYears);
    }

    /**
     * Tier training on {@code asOf}: overdue when never trained or the window ran out before {@code asOf}; due when it
     * runs out by the end of {@code asOf}'s year; done otherwise.
     */
    static RuleState tierState(LocalDate lastTrained, int coverageYears, LocalDate asOf) {
        LocalDate until = trainedUntil(lastTrained, coverageYears);
        if (until == null || until.isBefore(asOf)) {
            return RuleState.OVERDUE;
        }
        if (!until.isAfter(LocalDate.of(asOf.getYear(), 12, 31))) {
            return RuleState.DUE;
        }
        return RuleState.DONE;
    }

    /** Whether training that ended on {@code lastTrained} is within the window on {@code asOf}. */
    static boolean trainedWithin(LocalDate lastTrained, int coverageYears, LocalDate asOf) {
        return lastTrained != null && !lastTrained.isAfter(asOf)
                && !trainedUntil(lastTrained, coverageYears).isBefore(asOf);
    }

    /**
     * The yearly minimum on {@code asOf}: done once the days or the hours reach theirs; overdue when {@code asOf} is the
     * year's last day (or later) and neither does; due otherwise.
     */
    static RuleState yearlyState(int days, BigDecimal hours, TrainingPolicy policy, int year, LocalDate asOf) {
        if (days >= policy.yearlyMinDays() || hours.compareTo(policy.yearlyMinHours()) >= 0) {
            return RuleState.DONE;
        }
        return asOf.isBefore(LocalDate.of(year, 12, 31)) ? RuleState.DUE : RuleState.OVERDUE;
    }

    /**
     * The amount reached by the year's end at the pace so far: {@code done} times the days in the year over the days
     * elapsed up to and including {@code asOf} (two decimals); {@code done} itself once the year is over.
     */
    static BigDecimal projected(BigDecimal done, int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        if (asOf.isBefore(first)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long elapsed = Math.min(length, ChronoUnit.DAYS.between(first, asOf) + 1);
        return done.multiply(BigDecimal.valueOf(length)).divide(BigDecimal.valueOf(elapsed), 2,
                RoundingMode.HALF_UP);
    }

    /** How far the projection falls short of the minimum (0 when it does not). */
    static BigDecimal shortfall(BigDecimal minimum, BigDecimal projected) {
        BigDecimal gap = minimum.subtract(projected);
        return gap.signum() > 0 ? gap.setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
    }

    /**
     * The alert band of a certificate valid until {@code validUntil}, on {@code asOf}: 0 when expired, else the
     * smallest of 30, 60, 90 days that holds the days left; -1 when more than 90 days are left.
     */
    static int band(LocalDate validUntil, LocalDate asOf) {
        long left = ChronoUnit.DAYS.between(asOf, validUntil);
        if (left < 0) {
            return 0;
        }
        int band = -1;
        for (int b : BANDS) {
            if (left <= b) {
                band = b;
            }
        }
        return band;
    }

    /** The alert for a certificate, or null when it runs longer than 90 days. */
    static CertificateAlert alert(long attendanceId, long staffId, String staffName, String courseTitle,
            String certificateNo, LocalDate validUntil, LocalDate asOf) {
        if (validUntil == null) {
            return null;
        }
        int band = band(validUntil, asOf);
        if (band < 0) {
            return null;
        }
        return new CertificateAlert(attendanceId, staffId, staffName, courseTitle, certificateNo, validUntil,
                ChronoUnit.DAYS.between(asOf, validUntil), band);
    }

    /** A share as a ratio with four decimals; null without a denominator. */
    static BigDecimal share(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** Hours per head, two decimals; 0 without heads. */
    static BigDecimal perHead(BigDecimal hours, int heads) {
        return heads == 0 ? BigDecimal.ZERO.setScale(2)
                : hours.divide(BigDecimal.valueOf(heads), 2, RoundingMode.HALF_UP);
    }

    /**
     * One attendance as the standing rules see it: the session's day, the course's end, tiers and working days,
     * whether present and passed (null: no assessment), the hours earned.
     */
    record Taken(LocalDate day, LocalDate courseEnd, Collection<StaffTier> tiers, int workingDays, boolean present,
            Boolean passed, BigDecimal hours, AttendanceMark mark) {

        Taken {
            mark = mark == null ? AttendanceMark.of(present) : mark;
        }

        Taken(LocalDate day, LocalDate courseEnd, Collection<StaffTier> tiers, int workingDays, boolean present,
                Boolean passed, BigDecimal hours) {
            this(day, courseEnd, tiers, workingDays, present, passed, hours, null);
        }
    }

    /** How often a person was marked in {@code year} up to {@code asOf}: present, absent and excused sessions. */
    record Marks(int present, int absent, int excused) {

        /** The absences' share of the sessions attended or missed (excused ones count neither way). */
        BigDecimal absenceRate() {
            return share(absent, present + absent);
        }
    }

    static Marks marksIn(int year, Collection<Taken> taken, LocalDate asOf) {
        int[] n = new int[AttendanceMark.values().length];
        taken.stream().filter(t -> t.day().getYear() == year && !t.day().isAfter(asOf))
                .forEach(t -> n[t.mark().ordinal()]++);
        return new Marks(n[AttendanceMark.PRESENT.ordinal()], n[AttendanceMark.ABSENT.ordinal()],
                n[AttendanceMark.EXCUSED.ordinal()]);
    }

    /**
     * The end of the last course, ended by {@code asOf}, that counts as the tier's training and that the person
     * attended (present at one of its sessions at least, not failed); null when none.
     */
    static LocalDate lastTrained(StaffTier tier, Collection<Taken> taken, TrainingPolicy policy, LocalDate asOf) {
        LocalDate last = null;
        for (Taken t : taken) {
            if (t.present() && !Boolean.FALSE.equals(t.passed()) && !t.courseEnd().isAfter(asOf)
                    && countsFor(tier, t.tiers(), t.workingDays(), policy)
                    && (last == null || t.courseEnd().isAfter(last))) {
                last = t.courseEnd();
            }
        }
        return last;
    }

    /** The distinct days present in {@code year} up to {@code asOf}. */
    static int daysIn(int year, Collection<Taken> taken, LocalDate asOf) {
        return (int) taken.stream().filter(t -> t.present() && t.day().getYear() == year && !t.day().isAfter(asOf))
                .map(Taken::day).distinct().count();
    }

    /** The hours earned in {@code year} up to {@code asOf}. */
    static BigDecimal hoursIn(int year, Collection<Taken> taken, LocalDate asOf) {
        return taken.stream().filter(t -> t.day().getYear() == year && !t.day().isAfter(asOf)).map(Taken::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    // ---- helpers

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (Strings.blank(value)) {
            if (required) {
                errors.add(FieldError.of(field, MESSAGES.text("rules.required", field)));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("rules.too_long", max)));
        }
    }

    private static void hours(List<FieldError> errors, String field, BigDecimal value, BigDecimal max) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > 2)) {
            errors.add(FieldError.of(field, MESSAGES.text("rules.hours_range", max)));
        }
    }

    static String clean(String s) {
        return Strings.blankToNull(s) == null ? null : s.strip();
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }
}
