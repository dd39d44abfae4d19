package org.xingfeng.demands.core.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Level;

/**
 * The bridge to the evaluations module: active only while its {@link EvaluationService} is there (the package import is
 * optional), so that demands works without it. A satisfied citizen is 满意, one not satisfied 不满意 (which opens a
 * bad-review case there, as any bad review does).
 */
@Component(service = SatisfactionPoster.class)
public class EvaluationsLink implements SatisfactionPoster {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationsLink.class);

    private final EvaluationService evaluations;

    @Activate
    public EvaluationsLink(@Reference EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void post(long unitId, String recordNo, boolean satisfied, String remark, String citizenName,
            String citizenPhone) {
        EvaluationSubmission s = new EvaluationSubmission(unitId, recordNo,
                satisfied ? Level.SATISFIED : Level.DISSATISFIED, Channel.DEMAND, null, null, null,
                remark == null || remark.isBlank() ? null : remark.strip(), List.of(), citizenName, citizenPhone,
                Map.of());
        // the demand's step is committed already: a failure here is logged, never undoes it
        evaluations.submit(s).whenComplete((r, e) -> {
            if (e != null) {
                LOG.warn("demand's call-back {} not posted as an evaluation: {}", recordNo, e.toString());
            }
        });
    }
}
