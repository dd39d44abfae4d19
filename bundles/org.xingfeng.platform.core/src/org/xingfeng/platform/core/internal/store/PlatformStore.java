package org.xingfeng.platform.core.internal.store;

import java.util.Map;

import jakarta.persistence.EntityManager;
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
    /** What this unit's entity managers answer to {@code getEntityManagerFactory()}: EclipseLink's delegate, not {@link #emf}. */
    private final EntityManagerFactory managersFactory;

    @Activate
    public PlatformStore(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, PlatformStore.class.getClassLoader(), Map.of());
        EntityManager em = emf.createEntityManager();
        try {
            this.managersFactory = em.getEntityManagerFactory();
        } finally {
            em.close();
        }
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** Whether {@code em} is one of this unit's entity managers (one that a change to the platform's tables may join). */
    public boolean owns(EntityManager em) {
        return em.getEntityManagerFactory() == managersFactory;
    }

    @Deactivate
    public void close() {
        emf.close();
    }
}
