package org.xingfeng.publicity.core.internal;

import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.health.PersistenceHealthCheck;

/**
 * The module's persistence unit (PUB_ tables), for {@code /health} as {@code publicity.persistence}. Registered as a
 * check only once the unit is up (see {@link HealthCheck}), so {@code /health} never starts it.
 */
@Component(immediate = true, service = {})
public class PublicityHealthCheck {

    private final ServiceRegistration<HealthCheck> registration;

    @Activate
    public PublicityHealthCheck(@Reference PublicityDatabase database, BundleContext context) {
        this.registration = context.registerService(HealthCheck.class,
                new PersistenceHealthCheck("publicity.persistence", database::emf), new Hashtable<>());
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
