package org.xingfeng.evaluations.core.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.health.PersistencePing;

/** The module's persistence unit (EVAL_ tables), for {@code /health}. */
@Component
public class EvaluationsHealthCheck implements HealthCheck {

    private final EvaluationsDatabase database;

    @Activate
    public EvaluationsHealthCheck(@Reference EvaluationsDatabase database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "evaluations.persistence";
    }

    @Override
    public void check(Duration timeout) {
        PersistencePing.ping(database.emf(), timeout);
    }
}
