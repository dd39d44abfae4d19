package org.xingfeng.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.persistence.PersistenceService;

/** Tells the operator, once the REST runtime is up, where the server answers and on which database. */
@Component(immediate = true)
public class ServerBanner {

    @Activate
    public ServerBanner(@Reference JakartarsServiceRuntime runtime, @Reference ModuleRegistry modules,
            @Reference PersistenceService persistence) {
        String port = System.getProperty("org.osgi.service.http.port", "8080");
        String host = System.getProperty("org.osgi.service.http.host", "localhost");
        if (host.equals("0.0.0.0")) {
            host = "localhost";
        }
        System.out.println("[xingfeng] server ready: http://" + host + ":" + port + "/health  (database "
                + persistence.database().kind() + ", modules " + modules.modules().size() + ")");
    }
}
