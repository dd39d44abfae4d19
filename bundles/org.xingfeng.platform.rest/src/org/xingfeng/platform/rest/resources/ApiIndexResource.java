package org.xingfeng.platform.rest.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * {@code GET /api/v1/docs}: every REST method the server answers right now, read from the REST whiteboard's
 * runtime, so the index is always true of the modules installed (a module that is removed drops out of it).
 */
@Component(service = ApiIndexResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/docs")
public class ApiIndexResource {

    /** One method: HTTP verb, path, what it accepts and answers, and the resource it belongs to. */
    public record Endpoint(String method, String path, List<String> consumes, List<String> produces, String resource) {
    }

    private final JakartarsServiceRuntime runtime;

    @Activate
    public ApiIndexResource(@Reference JakartarsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        ApplicationDTO app = runtime.getRuntimeDTO().defaultApplication;
        if (app != null && app.resourceDTOs != null) {
            for (ResourceDTO r : app.resourceDTOs) {
                if (r.resourceMethods == null) {
                    continue;
                }
                for (ResourceMethodInfoDTO m : r.resourceMethods) {
                    list.add(new Endpoint(m.method, normalise(m.path), names(m.consumingMimeType),
                            names(m.producingMimeType),
                            r.name));
                }
            }
        }
        list.sort(Comparator.comparing(Endpoint::path).thenComparing(e -> e.method() == null ? "" : e.method()));
        return list;
    }

    private static String normalise(String path) {
        String p = path == null ? "" : path.replaceAll("/+", "/");
        return p.startsWith("/") ? p : "/" + p;
    }

    private static List<String> names(String[] types) {
        return types == null ? List.of() : Arrays.asList(types);
    }
}
