package org.xingfeng.matters.core.internal;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.persistence.PersistenceService;

/**
 * The module's one persistence unit ({@code xingfeng.matters}, tables MAT_*), shared by its services inside this
 * bundle. Not exported: other modules reach the data only through the API services.
 */
@Component(service = MattersDatabase.class)
public class MattersDatabase {

    static final String UNIT = "xingfeng.matters";

    private final EntityManagerFactory emf;

    @Activate
    public MattersDatabase(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, MattersDatabase.class.getClassLoader(), Map.of());
        makeSearchStamp();
    }

    /** The search's change count, made once per database (another server starting at once may make it first). */
    private void makeSearchStamp() {
        if (Jpa.read(emf, SearchStampEntity::read) != null) {
            return;
        }
        try {
            Jpa.inTransaction(emf, em -> {
                SearchStampEntity s = new SearchStampEntity();
                s.id = SearchStampEntity.ROW;
                em.persist(s);
                return s;
            });
        } catch (RuntimeException e) {
            if (Jpa.read(emf, SearchStampEntity::read) == null) {
                throw e;
            }
        }
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
