package org.xingfeng.platform.core.internal.health;

import java.time.Duration;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.health.HealthCheck;
import org.xingfeng.platform.api.health.PersistencePing;
import org.xingfeng.platform.core.internal.store.PlatformStore;

/** The platform's database, looked at through the platform's own persistence unit. */
@Component
public class DatabaseHealthCheck implements HealthCheck {

    private final PlatformStore store;

    @Activate
    public DatabaseHealthCheck(@Reference PlatformStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public void check(Duration timeout) {
        PersistencePing.ping(store.emf(), timeout);
    }
}
