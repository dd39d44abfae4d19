package org.xingfeng.platform.core.internal.store;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.PersistenceService;

/** Owns the platform's persistence unit; the platform's services share its factory. */
@Component(service = PlatformStore.class)
public class PlatformStore {

    public static final String UNIT = "xingfeng.platform";

    private final EntityManagerFactory emf;

    @Activate
    public PlatformStore(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, PlatformStore.class.getClassLoader(), Map.of());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
