package org.xingfeng.evaluations.core.internal;

import java.time.Duration;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.health.PersistencePing;

/**
 * The module's persistence unit (EVAL_ tables), for {@code /health}. Registered as a check only once the unit is up
 * (see {@link HealthCheck}), so {@code /health} never starts it.
 */
@Component(immediate = true, service = {})
public class EvaluationsHealthCheck implements HealthCheck {

    private final EvaluationsDatabase database;
    private final ServiceRegistration<HealthCheck> registration;

    @Activate
    public EvaluationsHealthCheck(@Reference EvaluationsDatabase database, BundleContext context) {
        this.database = database;
        this.registration = context.registerService(HealthCheck.class, this, new Hashtable<>());
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
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
