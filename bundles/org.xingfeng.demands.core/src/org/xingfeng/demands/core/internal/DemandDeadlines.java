package org.xingfeng.demands.core.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.supervision.DeadlineStatus;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;

/**
 * The deadlines in working days per category (PID {@value #PID}) on the platform's calendar, for the module's services.
 * Defaults after local 12345 practice: a consultation answered within 3 working days, a complaint within 13; help 5,
 * suggestions and praise 10 are this suite's choice.
 */
// waits for its configuration (made from the start properties at start-up), as every component with settings does
@Component(service = DemandDeadlines.class, configurationPid = DemandDeadlines.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemandDeadlines.Config.class)
public class DemandDeadlines {

    public static final String PID = "org.xingfeng.demands.deadlines";

    static final int MAX_DAYS = 60;

    @ObjectClassDefinition(id = PID, name = "Demands deadlines",
            description = "民生诉求: working days to reply, per category")
    public @interface Config {

        @AttributeDefinition(name = "Consultation", description = "working days to answer a consultation (咨询)")
        int demands_consultationDays() default 3;

        @AttributeDefinition(name = "Help", description = "working days to answer a request for help (求助)")
        int demands_helpDays() default 5;

        @AttributeDefinition(name = "Complaint", description = "working days to answer a complaint (投诉)")
        int demands_complaintDays() default 13;

        @AttributeDefinition(name = "Suggestion", description = "working days to answer a suggestion (建议)")
        int demands_suggestionDays() default 10;

        @AttributeDefinition(name = "Praise", description = "working days to answer praise (表扬)")
        int demands_praiseDays() default 10;

        @AttributeDefinition(name = "Call-back", description = "working days after the reply by which the citizen is "
                + "called back (回访)")
        int demands_callBackDays() default 1;
    }

    private final WorkingDayCalendar calendar;
    private final Map<DemandCategory, Integer> days = new EnumMap<>(DemandCategory.class);
    private final int callBackDays;

    @Activate
    public DemandDeadlines(@Reference WorkingDayCalendar calendar, Config config) {
        this.calendar = calendar;
        days.put(DemandCategory.CONSULTATION, check("demands.consultationDays", config.demands_consultationDays()));
        days.put(DemandCategory.HELP, check("demands.helpDays", config.demands_helpDays()));
        days.put(DemandCategory.COMPLAINT, check("demands.complaintDays", config.demands_complaintDays()));
        days.put(DemandCategory.SUGGESTION, check("demands.suggestionDays", config.demands_suggestionDays()));
        days.put(DemandCategory.PRAISE, check("demands.praiseDays", config.demands_praiseDays()));
        callBackDays = check("demands.callBackDays", config.demands_callBackDays());
    }

    /** The day by which the citizen is called back about the reply of {@code repliedOn}. */
    LocalDate callBackDue(LocalDate repliedOn) {
        return DeadlineRules.callBackDay(calendar, repliedOn, callBackDays);
    }

    private static int check(String name, int value) {
        if (value < 1 || value > MAX_DAYS) {
            throw new IllegalArgumentException(name + " must be 1.." + MAX_DAYS + ", was " + value);
        }
        return value;
    }

    int days(DemandCategory category) {
        return days.get(category);
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The due day of the demand's current round as of {@code today} (or of its reply). */
    LocalDate due(DemandEntity e, List<ExtensionEntity> extensions, LocalDate today) {
        LocalDate asOf = e.repliedOn != null ? e.repliedOn : today;
        return DeadlineRules.due(calendar, e.clockStart, days(e.category),
                extensions.stream().filter(x -> x.round == e.round).map(ExtensionEntity::rule).toList(), asOf);
    }

    static boolean pending(DemandEntity e, List<ExtensionEntity> extensions) {
        return extensions.stream().anyMatch(x -> x.round == e.round && x.decidedOn == null);
    }

    DeadlineStatus status(DemandEntity e, List<ExtensionEntity> extensions, LocalDate today) {
        return DeadlineRules.status(calendar, due(e, extensions, today), pending(e, extensions), e.repliedOn, today);
    }
}
