package org.xingfeng.evaluations.api;

import java.time.LocalDate;
import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Satisfaction figures from roll-ups kept with every stored evaluation, so they stay fast on millions of
 * evaluations. Periods are the bureau's days, both ends inclusive. A report for a unit (or a staff member or section)
 * outside the actor's reach is refused as not found.
 */
@Remote
public interface SatisfactionReports {

    /** One thing's satisfaction; {@code unitId} scopes windows and matters (ignored for staff and sections). */
    Satisfaction satisfaction(Actor actor, Dimension dimension, long unitId, String key, LocalDate from, LocalDate to);

    /**
     * The parts of a unit side by side: {@link Dimension#UNIT} its child units; {@link Dimension#WINDOW},
     * {@link Dimension#STAFF}, {@link Dimension#SECTION} those evaluated at the unit itself;
     * {@link Dimension#MATTER} the matters evaluated in the unit and the units below it. Ordered by rate, worst first.
     */
    List<Satisfaction> breakdown(Actor actor, long unitId, Dimension by, LocalDate from, LocalDate to);

    /** One thing's satisfaction period by period. */
    List<Satisfaction> trend(Actor actor, Dimension dimension, long unitId, String key, LocalDate from, LocalDate to,
            Granularity granularity);

    /** The target rate (满意度目标), from configuration; default 0.90. */
    double target();
}
