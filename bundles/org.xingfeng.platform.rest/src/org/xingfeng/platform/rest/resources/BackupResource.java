package org.xingfeng.platform.rest.resources;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.backup.Backup;
import org.xingfeng.platform.api.backup.BackupService;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * Online backups of the embedded database: {@code GET /api/v1/admin/backups} lists them with size and time,
 * {@code POST /api/v1/admin/backups} takes one now. Administrators of the whole installation.
 */
@Component(service = BackupResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/admin/backups")
@RolesAllowed(Roles.ADMIN)
public class BackupResource {

    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Backup> list(@Context SecurityContext security) {
        return backups.list(Principals.actor(security));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Backup.class, status = 201)
    public Response backUp(@Context SecurityContext security) {
        return Response.status(201).entity(backups.backUp(Principals.actor(security))).build();
    }
}
