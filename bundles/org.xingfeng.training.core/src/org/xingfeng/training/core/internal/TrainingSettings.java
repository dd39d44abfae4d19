package org.xingfeng.training.core.internal;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.training.api.standing.TrainingPolicy;

/**
 * The training rules as configuration (PID {@code org.xingfeng.training}), shared by the module's services. A value
 * out of its range stops the component with a message naming the attribute.
 */
@Component(service = TrainingSettings.class, configurationPid = TrainingSettings.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TrainingSettings.Config.class)
public class TrainingSettings {

    public static final String PID = "org.xingfeng.training";

    @ObjectClassDefinition(id = PID, name = "Training rules", description = "培训: per-tier course length, coverage "
            + "window, yearly minimums, certificate validity")
    public @interface Config {

        @AttributeDefinition(name = "Minimum days, unit heads",
                description = "working days a course needs to count as unit heads' training (1..60)")
        int training_minDays_unitHead() default 5;

        @AttributeDefinition(name = "Minimum days, section managers",
                description = "working days a course needs to count as section managers' training (1..60)")
        int training_minDays_sectionManager() default 5;

        @AttributeDefinition(name = "Minimum days, window staff",
                description = "working days a course needs to count as window staff's training (1..60)")
        int training_minDays_windowStaff() default 5;

        @AttributeDefinition(name = "Minimum days, other staff",
                description = "working days a course needs to count as other staff's training (1..60)")
        int training_minDays_other() default 5;

        @AttributeDefinition(name = "Coverage window", description = "years within which everybody is trained (1..10)")
        int training_coverageYears() default 3;

        @AttributeDefinition(name = "Yearly minimum days", description = "training days a year (0..365)")
        int training_yearlyMinDays() default 12;

        @AttributeDefinition(name = "Yearly minimum hours", description = "study hours a year, met instead of the days")
        String training_yearlyMinHours() default "90";

        @AttributeDefinition(name = "Certificate validity",
                description = "months a certificate is valid when its record gives no date (1..240)")
        int training_certificateValidityMonths() default 36;
    }

    private final TrainingPolicy policy;

    @Activate
    public TrainingSettings(Config config) {
        this.policy = policy(config.training_minDays_unitHead(), config.training_minDays_sectionManager(),
                config.training_minDays_windowStaff(), config.training_minDays_other(),
                config.training_coverageYears(), config.training_yearlyMinDays(), config.training_yearlyMinHours(),
                config.training_certificateValidityMonths());
    }

    /** The policy of these settings, or an {@code IllegalArgumentException} naming the attribute out of range. */
    static TrainingPolicy policy(int unitHead, int sectionManager, int windowStaff, int other, int coverageYears,
            int yearlyMinDays, String yearlyMinHours, int validityMonths) {
        range("training.minDays.unitHead", unitHead, 1, 60);
        range("training.minDays.sectionManager", sectionManager, 1, 60);
        range("training.minDays.windowStaff", windowStaff, 1, 60);
        range("training.minDays.other", other, 1, 60);
        range("training.coverageYears", coverageYears, 1, 10);
        range("training.yearlyMinDays", yearlyMinDays, 0, 365);
        range("training.certificateValidityMonths", validityMonths, 1, 240);
        BigDecimal hours;
        try {
            hours = new BigDecimal(yearlyMinHours.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("training.yearlyMinHours is not a number: " + yearlyMinHours, e);
        }
        if (hours.signum() < 0 || hours.compareTo(new BigDecimal("2000")) > 0) {
            throw new IllegalArgumentException("training.yearlyMinHours must be 0..2000, was " + yearlyMinHours);
        }
        return new TrainingPolicy(unitHead, sectionManager, windowStaff, other, coverageYears, yearlyMinDays, hours,
                validityMonths);
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    public TrainingPolicy policy() {
        return policy;
    }
}
