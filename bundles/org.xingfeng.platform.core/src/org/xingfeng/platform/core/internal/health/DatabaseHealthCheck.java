package org.xingfeng.platform.core.internal.health;

import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.health.PersistenceHealthCheck;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/**
 * The platform's database, looked at through the platform's own persistence unit. Registered as a check only once
 * the unit is up (see {@link HealthCheck}), so {@code /health} never starts it.
 */
@Component(immediate = true, service = {})
public class DatabaseHealthCheck {

    private final ServiceRegistration<HealthCheck> registration;

    @Activate
    public DatabaseHealthCheck(@Reference PlatformStore store, BundleContext context) {
        this.registration = context.registerService(HealthCheck.class,
                new PersistenceHealthCheck("database", store::emf), new Hashtable<>());
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
