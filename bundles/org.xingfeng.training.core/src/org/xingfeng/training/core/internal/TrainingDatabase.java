package org.xingfeng.training.core.internal;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.PersistenceService;

/**
 * The module's one persistence unit ({@code xingfeng.training}, tables TRN_*), shared by its services inside this
 * bundle. Not exported: other modules reach the data only through the API services.
 */
@Component(service = TrainingDatabase.class)
public class TrainingDatabase {

    static final String UNIT = "xingfeng.training";

    private final EntityManagerFactory emf;

    @Activate
    public TrainingDatabase(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, TrainingDatabase.class.getClassLoader(), Map.of());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
