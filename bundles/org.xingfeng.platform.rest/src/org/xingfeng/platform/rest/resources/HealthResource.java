package org.xingfeng.platform.rest.resources;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.rest.RestConstants;

/** {@code GET /health}: 200 with the installed modules and their versions. Open to anybody (load balancers, monitors). */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path("health")
public class HealthResource {

    public record Health(String status, String database, List<ModuleInfo> modules) {
    }

    private final ModuleRegistry modules;
    private final PersistenceService persistence;

    @Activate
    public HealthResource(@Reference ModuleRegistry modules, @Reference PersistenceService persistence) {
        this.modules = modules;
        this.persistence = persistence;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        return new Health("UP", persistence.database().kind(), modules.modules());
    }
}
