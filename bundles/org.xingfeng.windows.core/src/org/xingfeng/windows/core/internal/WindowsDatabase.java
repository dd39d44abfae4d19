package org.xingfeng.windows.core.internal;

import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.persistence.PersistenceService;

/**
 * The module's one persistence unit ({@code xingfeng.windows}, tables WIN_*), shared by its services inside this
 * bundle. Not exported: other modules reach the data only through the API services.
 */
@Component(service = WindowsDatabase.class)
public class WindowsDatabase {

    static final String UNIT = "xingfeng.windows";

    private final EntityManagerFactory emf;

    @Activate
    public WindowsDatabase(@Reference PersistenceService persistence) {
        this.emf = persistence.createEntityManagerFactory(UNIT, WindowsDatabase.class.getClassLoader(), Map.of());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
