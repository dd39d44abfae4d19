package org.xingfeng.publicity.core.internal;

import static org.xingfeng.publicity.core.internal.PublicityText.MESSAGES;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingMeasure;
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyFindings;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * Survey findings (PID {@value #PID}: the thresholds, the answers an area needs, the task's days) and their
 * rectification tasks, linked in PUB_FINDING_TASK. Findings are worked out from the survey's results when read, under
 * the thresholds in force. Rectifying writes the link first (its unique key refuses a second one), then asks the
 * evaluations module for the task inside the same transaction, so a refused task leaves no link.
 */
@Component(configurationPid = FindingServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FindingServiceImpl.Config.class)
public class FindingServiceImpl implements FindingService {

    public static final String PID = "org.xingfeng.publicity.findings";

    @ObjectClassDefinition(id = PID, name = "Publicity survey findings",
            description = "调查发现: thresholds below which a survey's result per question and area is a finding")
    public @interface Config {

        @AttributeDefinition(name = "Awareness threshold",
                description = "percent: a policy question's awareness rate in an area below it is a finding")
        int publicity_findingAwarenessPercent() default 80;

        @AttributeDefinition(name = "Satisfaction threshold",
                description = "percent: a rating question's satisfied share in an area below it is a finding")
        int publicity_findingSatisfactionPercent() default 85;

        @AttributeDefinition(name = "Answers needed",
                description = "answers a question needs in an area before its rate can be a finding")
        int publicity_findingMinAnswers() default 10;

        @AttributeDefinition(name = "Task days", description = "days a rectification task made of a finding is due in")
        int publicity_findingTaskDays() default 30;
    }

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final SurveyService surveys;
    private final BureauTime time;
    private final BigDecimal awareness;
    private final BigDecimal satisfaction;
    private final int minAnswers;
    private final int taskDays;

    /** The evaluations module's tasks, when it is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile RectificationBridge rectification;

    @Activate
    public FindingServiceImpl(@Reference PublicityDatabase database, @Reference AuditLog audit,
            @Reference SurveyService surveys, @Reference BureauTime time, Config config) {
        this.emf = database.emf();
        this.audit = audit;
        this.surveys = surveys;
        this.time = time;
        this.awareness = FindingRules.share(config.publicity_findingAwarenessPercent());
        this.satisfaction = FindingRules.share(config.publicity_findingSatisfactionPercent());
        this.minAnswers = Math.max(1, config.publicity_findingMinAnswers());
        this.taskDays = Math.max(1, config.publicity_findingTaskDays());
    }

    @Override
    public SurveyFindings findings(Actor actor, long surveyId, Long areaUnitId) {
        Access.requireReader(actor);
        List<Finding> found = FindingRules.findings(surveyId, surveys.results(actor, surveyId, areaUnitId), awareness,
                satisfaction, minAnswers, tasks(surveyId));
        return new SurveyFindings(surveyId, awareness, satisfaction, minAnswers, rectification != null, found);
    }

    private Map<String, Long> tasks(long surveyId) {
        Map<String, Long> out = new HashMap<>();
        Jpa.read(emf, em -> em.createQuery("SELECT t FROM FindingTaskEntity t WHERE t.surveyId = :s",
                FindingTaskEntity.class).setParameter("s", surveyId).getResultList())
                .forEach(t -> out.put(FindingRules.key(t.areaUnitId, t.questionKey, t.measure), t.taskId));
        return out;
    }

    @Override
    public Finding rectify(Actor actor, long surveyId, long areaUnitId, String questionKey, FindingMeasure measure) {
        Access.requireEditor(actor);
        List<FieldError> errors = new ArrayList<>();
        if (Strings.blank(questionKey)) {
            errors.add(FieldError.of("questionKey", MESSAGES.text("field.required")));
        }
        if (measure == null) {
            errors.add(FieldError.of("measure", MESSAGES.text("field.required")));
        }
        ArticleRules.throwIfAny(errors);
        Survey survey = surveys.survey(actor, surveyId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.survey"), surveyId));
        actor.reach().checkUnit(areaUnitId);
        Finding finding = FindingRules.findings(surveyId, surveys.results(actor, surveyId, areaUnitId), awareness,
                satisfaction, minAnswers, tasks(surveyId)).stream()
                .filter(f -> f.areaUnitId() == areaUnitId && f.questionKey().equals(questionKey.strip())
                        && f.measure() == measure)
                .findFirst().orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.finding"),
                        FindingRules.key(areaUnitId, questionKey.strip(), measure)));
        if (finding.taskId() != null) {
            throw new ConflictException("already_rectified", MESSAGES.text("finding.rectified", finding.taskId()));
        }
        RectificationBridge bridge = rectification;
        if (bridge == null) {
            throw new ConflictException("rectification_unavailable", MESSAGES.text("finding.unavailable"));
        }
        try {
            return Jpa.inTransaction(emf, em -> {
                FindingTaskEntity link = new FindingTaskEntity();
                link.surveyId = surveyId;
                link.areaUnitId = areaUnitId;
                link.questionKey = finding.questionKey();
                link.measure = measure;
                link.createdBy = actor.username();
                link.createdAt = Timestamp.from(time.now());
                em.persist(link);
                em.flush(); // a second link for the finding fails here, before any task is made
                link.taskId = bridge.createTask(actor,
                        FindingRules.sourceKey(surveyId, areaUnitId, finding.questionKey(), measure), areaUnitId,
                        zh("finding.goal", survey.title()),
                        content(finding), time.today().plusDays(taskDays));
                Finding done = new Finding(finding.surveyId(), finding.areaUnitId(), finding.areaName(),
                        finding.questionKey(), finding.questionText(), measure, finding.rate(), finding.threshold(),
                        finding.answered(), link.taskId);
                audit.record(actor, "rectify", AUDIT_TYPE, surveyId + "/" + FindingRules.key(areaUnitId,
                        finding.questionKey(), measure), null, done);
                return done;
            });
        } catch (PersistenceException e) {
            if (!tasks(surveyId).containsKey(FindingRules.key(areaUnitId, finding.questionKey(), measure))) {
                throw e;
            }
            throw new ConflictException("already_rectified", MESSAGES.text("finding.rectified", ""));
        }
    }

    private static String content(Finding f) {
        return zh("finding.content." + f.measure().name(), f.areaName(), f.questionText(),
                FindingRules.percent(f.rate()), FindingRules.percent(f.threshold()), f.answered());
    }

    @Override
    public Table table(Survey survey, List<Finding> findings) {
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(Arrays.asList(f.areaName(), f.questionKey(), f.questionText(),
                    zh("finding.measure." + f.measure().name()), f.rate(), f.threshold(), f.answered(), f.taskId()));
        }
        return new Table(survey.title() + " 调查发现", "调查发现", List.of(zh("column.area"), zh("column.questionKey"),
                zh("column.question"), zh("column.measure"), zh("column.rate"), zh("column.threshold"),
                zh("column.answered"), zh("column.task")), rows);
    }

    private static String zh(String key, Object... args) {
        return MESSAGES.get(Languages.CHINESE, key, args);
    }
}
