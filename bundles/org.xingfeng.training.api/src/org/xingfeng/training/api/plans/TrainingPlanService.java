package org.xingfeng.training.api.plans;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 年度培训计划. The training officer (or an administrator) writes a unit's plan for a year, audited as
 * {@link #AUDIT_TYPE}; officers, auditors and administrators read the plans and their progress. Every method is checked
 * against the actor's reach: a plan of a unit outside it is "not found", a {@code unitId} or a linked course outside it
 * a 400 naming the field; a second plan of the same unit and year 409 {@code plan_exists}.
 */
@Remote
public interface TrainingPlanService {

    String AUDIT_TYPE = "training.plan";

    TrainingPlan create(Actor actor, PlanDraft draft);

    /** Replaces the plan's targets and items (its unit and year stay). */
    TrainingPlan update(Actor actor, long id, PlanDraft draft);

    void delete(Actor actor, long id);

    Optional<TrainingPlan> plan(Actor actor, long id);

    /** The plans of the unit and those below it (null: the reach), of the year (null: any), by year then unit. */
    List<TrainingPlan> plans(Actor actor, Long unitId, Integer year);

    PlanProgress progress(Actor actor, long id);

    Table plansTable(List<TrainingPlan> plans);

    /** The planned courses with their state, then the courses outside the plan, as a sheet (Chinese headers). */
    Table progressTable(PlanProgress progress);
}
