package org.xingfeng.platform.rest.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.i18n.Messages;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.rest.ServletApi;
import org.xingfeng.platform.rest.internal.ErrorMapper;
import org.xingfeng.platform.rest.internal.openapi.OpenApiDocument;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 description of every operation the server answers now. The
 * resources are those the REST runtime serves at this moment (its RuntimeDTO), read by reflection from the
 * classes of their services, plus the servlets' {@link ServletApi} descriptions, so the document follows the
 * installed modules. Open to anybody, like the README that documents the same API.
 */
@Component(service = OpenApiResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/openapi.json")
public class OpenApiResource {

    static final Messages MESSAGES = Messages.of(OpenApiResource.class);

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final JakartarsServiceRuntime runtime;
    private final ModuleRegistry modules;
    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServletApi> servlets;

    @Activate
    public OpenApiResource(@Reference JakartarsServiceRuntime runtime, @Reference ModuleRegistry modules,
            BundleContext context) {
        this.runtime = runtime;
        this.modules = modules;
        this.context = context;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode document(@Context HttpHeaders headers) {
        Locale locale = ErrorMapper.language(headers);
        OpenApiDocument doc = new OpenApiDocument(locale);
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<ApplicationDTO> apps = new ArrayList<>();
        if (dto.defaultApplication != null) {
            apps.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            apps.addAll(List.of(dto.applicationDTOs));
        }
        for (ApplicationDTO app : apps) {
            String base = app.base == null || app.base.equals("/") ? "" : app.base;
            for (ResourceDTO r : app.resourceDTOs == null ? new ResourceDTO[0] : app.resourceDTOs) {
                Class<?> type = resourceClass(r.serviceId);
                if (type != null) {
                    doc.addResource(type, base);
                }
            }
        }
        List<ServletApi> current = servlets;
        if (current != null) {
            current.forEach(doc::addServlet);
        }
        List<String> installed = new ArrayList<>();
        String version = "0";
        for (ModuleInfo m : modules.modules()) {
            installed.add(m.id() + " " + m.version());
            if (m.id().equals("platform")) {
                version = m.version();
            }
        }
        return doc.build("行风 Xingfeng REST API", version,
                MESSAGES.get(locale, "openApi.modules_server_runs_now", String.join(", ", installed)));
    }

    /** The class of a resource service: the registered class when it is the resource itself, else the object's. */
    private Class<?> resourceClass(long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            if (refs == null || refs.length == 0 || refs[0].getBundle() == null) {
                return null; // gone meanwhile
            }
            ServiceReference<?> ref = refs[0];
            for (String name : (String[]) ref.getProperty("objectClass")) {
                try {
                    Class<?> c = ref.getBundle().loadClass(name);
                    if (c.isAnnotationPresent(Path.class)) {
                        return c;
                    }
                } catch (ClassNotFoundException | IllegalStateException e) {
                    // try the next name, then the object itself
                }
            }
            return objectClass(ref);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private <S> Class<?> objectClass(ServiceReference<S> ref) {
        ServiceObjects<S> objects = context.getServiceObjects(ref);
        if (objects == null) {
            return null;
        }
        S service = objects.getService();
        try {
            return service == null ? null : service.getClass();
        } catch (RuntimeException e) {
            LOG.debug("resource not described", e);
            return null;
        } finally {
            if (service != null) {
                objects.ungetService(service);
            }
        }
    }
}
