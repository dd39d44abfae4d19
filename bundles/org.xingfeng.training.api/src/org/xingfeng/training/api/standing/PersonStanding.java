package org.xingfeng.training.api.standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.org.StaffTier;

/**
 * Where a member of staff stands on {@code asOf}. Tier training: {@code lastTrained} is the end of their last course
 * for their tier long enough for it (null: never), {@code trainedUntil} the day the coverage window runs out after it;
 * {@code tierTraining} is overdue when never trained or past it, due when it runs out by the end of the year, done
 * otherwise. Yearly minimum of {@code year}: the days (distinct session days present) and hours so far, the state
 * (done when either minimum is met, overdue when the year ended short), and the projection at the year's pace so far
 * to its end, with the shortfall against the hours and days minimums (0 when none). Certificates expiring within 90
 * days or expired. Sessions of {@code year} so far: {@code absencesThisYear} marked absent, {@code excusedThisYear}
 * excused (请假), and {@code absenceRate} the absences' share of the sessions attended or missed (0..1, four decimals;
 * excused sessions count neither way; null without any).
 */
public record PersonStanding(long staffId, String staffNumber, String staffName, long unitId, String unitName,
        StaffTier tier, boolean active, LocalDate asOf, RuleState tierTraining, LocalDate lastTrained,
        LocalDate trainedUntil, int year, int daysThisYear, BigDecimal hoursThisYear, RuleState yearlyMinimum,
        BigDecimal projectedHours, BigDecimal projectedHoursShortfall, BigDecimal projectedDays,
        BigDecimal projectedDaysShortfall, List<CertificateAlert> certificates, int absencesThisYear,
        int excusedThisYear, BigDecimal absenceRate) {

    public PersonStanding {
        certificates = List.copyOf(certificates);
    }

    /** A standing without the year's absences. */
    public PersonStanding(long staffId, String staffNumber, String staffName, long unitId, String unitName,
            StaffTier tier, boolean active, LocalDate asOf, RuleState tierTraining, LocalDate lastTrained,
            LocalDate trainedUntil, int year, int daysThisYear, BigDecimal hoursThisYear, RuleState yearlyMinimum,
            BigDecimal projectedHours, BigDecimal projectedHoursShortfall, BigDecimal projectedDays,
            BigDecimal projectedDaysShortfall, List<CertificateAlert> certificates) {
        this(staffId, staffNumber, staffName, unitId, unitName, tier, active, asOf, tierTraining, lastTrained,
                trainedUntil, year, daysThisYear, hoursThisYear, yearlyMinimum, projectedHours, projectedHoursShortfall,
                projectedDays, projectedDaysShortfall, certificates, 0, 0, null);
    }
}
