package org.xingfeng.platform.rest.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.AvailableModule;
import org.xingfeng.platform.api.module.InstalledModule;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * Module administration at runtime: {@code /api/v1/admin/modules}. Administrators only; the {@link ModuleAdmin}
 * service checks the role again and audits every change. Without that service (an installation without p2) every
 * method answers 503.
 */
@Component(service = ModuleAdminResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ModuleAdminResource {

    static final Messages MESSAGES = Messages.of(ModuleAdminResource.class);

    /** Body of an install: the update site to install from. */
    public record InstallRequest(String repository) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ModuleAdmin modules;

    @GET
    public List<InstalledModule> installed(@Context SecurityContext security) {
        installation(security);
        return admin().installed();
    }

    /** {@code ?repository=file:/...} or {@code jar:file:/...zip!/}: what the site offers, and what is installed of it. */
    @GET
    @Path("available")
    public List<AvailableModule> available(@Context SecurityContext security,
            @QueryParam("repository") String repository) {
        Actor actor = installation(security);
        return admin().available(actor, repository(repository));
    }

    /** Installs the module, or updates it when the site has a newer version. */
    @POST
    @Path("{id}/install")
    @Consumes(MediaType.APPLICATION_JSON)
    public InstalledModule install(@Context SecurityContext security, @PathParam("id") String id,
            InstallRequest request) {
        Actor actor = installation(security);
        if (request == null) {
            throw new ValidationException("repository", MESSAGES.text("moduleAdmin.repository_required"));
        }
        return admin().install(actor, id, repository(request.repository()));
    }

    /** The same from an uploaded zipped update site: multipart/form-data with the zip in the part {@code file}. */
    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MaxBodySize(bytes = 128L * 1024 * 1024)
    public InstalledModule archive(@Context SecurityContext security, @PathParam("id") String id,
            @FormDataParam("file") FormDataBodyPart file) {
        installation(security);
        ModuleAdmin admin = admin();
        if (file == null) {
            throw new ValidationException("file", MESSAGES.text("moduleAdmin.form_no_part_named_file"));
        }
        java.nio.file.Path upload = null;
        try {
            upload = Files.createTempFile("xingfeng-module-", ".zip");
            try (InputStream in = file.getValueAs(InputStream.class)) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            return admin.installArchive(Principals.actor(security), id, upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    // a temporary file; the system cleans it up
                }
            }
        }
    }

    @POST
    @Path("{id}/stop")
    public InstalledModule stop(@Context SecurityContext security, @PathParam("id") String id) {
        Actor actor = installation(security); // a county's administrator: 403, before whether modules can be managed
        return admin().stop(actor, id);
    }

    @POST
    @Path("{id}/start")
    public InstalledModule start(@Context SecurityContext security, @PathParam("id") String id) {
        Actor actor = installation(security);
        return admin().start(actor, id);
    }

    /** Removes the module's bundles; its data stay in the database for a later reinstall. */
    @DELETE
    @Path("{id}")
    public Response uninstall(@Context SecurityContext security, @PathParam("id") String id) {
        Actor actor = installation(security);
        admin().uninstall(actor, id);
        return Response.noContent().build();
    }

    /** Modules are the whole installation's: a county's administrator is refused before anything else (403). */
    private static Actor installation(SecurityContext security) {
        Actor actor = Principals.actor(security);
        if (!actor.reach().everywhere()) {
            throw new ForbiddenException(
                    MESSAGES.text("moduleAdmin.only_administrators_whole_installation_manage"));
        }
        return actor;
    }

    private ModuleAdmin admin() {
        ModuleAdmin admin = modules;
        if (admin == null) {
            throw new XingfengException(503, "module_admin_unavailable",
                    MESSAGES.text("moduleAdmin.installation_cannot_manage_modules_at"), List.of());
        }
        return admin;
    }

    static URI repository(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("repository", MESSAGES.text("moduleAdmin.repository_required"));
        }
        try {
            URI uri = new URI(text.trim());
            if (!uri.isAbsolute()) {
                throw new URISyntaxException(text, "not absolute");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ValidationException("repository", MESSAGES.text("moduleAdmin.repository_not_valid_uri", text));
        }
    }
}
