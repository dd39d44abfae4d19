package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.Actor;

/**
 * The bridge to the evaluations module: active only while its services are there (the package imports are optional,
 * so publicity works without evaluations). Asks as the system: the survey service has already checked the units
 * against the caller's reach and roles.
 */
@Component(service = EvaluationsBridge.class)
public class EvaluationsLink implements EvaluationsBridge {

    private final SatisfactionReports reports;

    @Activate
    public EvaluationsLink(@Reference SatisfactionReports reports) {
        this.reports = reports;
    }

    @Override
    public Rate unitSatisfaction(long unitId, LocalDate from, LocalDate to) {
        Satisfaction s = reports.satisfaction(Actor.SYSTEM, Dimension.UNIT, unitId, null, from, to);
        return new Rate(s.rate(), s.counted() == null ? 0 : s.counted().total());
    }
}
