package org.xingfeng.platform.rest.resources;

import java.util.List;

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
import org.xingfeng.platform.api.rest.RestConstants;

/** The installed modules, for any logged-in user: {@code GET /api/v1/modules}. */
@Component(service = ModulesResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/modules")
public class ModulesResource {

    private final ModuleRegistry modules;

    @Activate
    public ModulesResource(@Reference ModuleRegistry modules) {
        this.modules = modules;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleInfo> modules() {
        return modules.modules();
    }
}
