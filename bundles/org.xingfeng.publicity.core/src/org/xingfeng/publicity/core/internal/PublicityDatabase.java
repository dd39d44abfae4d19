package org.xingfeng.publicity.core.internal;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.PersistenceService;

/**
 * The module's one persistence unit ({@code xingfeng.publicity}, tables PUB_*), shared by its services inside this
 * bundle. Not exported: other modules reach the data only through the API services.
 */
@Component(service = PublicityDatabase.class)
public class PublicityDatabase {

    static final String UNIT = "xingfeng.publicity";

    private final EntityManagerFactory emf;

    @Activate
    public PublicityDatabase(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, PublicityDatabase.class.getClassLoader(), Map.of());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
