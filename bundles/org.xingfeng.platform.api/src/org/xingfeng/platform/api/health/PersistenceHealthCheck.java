package org.xingfeng.platform.api.health;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

/** The check of a persistence unit: a {@link PersistencePing} through the unit's factory, under a name. */
public record PersistenceHealthCheck(String name, Supplier<EntityManagerFactory> factory) implements HealthCheck {

    @Override
    public void check(Duration timeout) {
        PersistencePing.ping(factory.get(), timeout);
    }
}
