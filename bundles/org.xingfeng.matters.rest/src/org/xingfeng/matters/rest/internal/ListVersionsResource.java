package org.xingfeng.matters.rest.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.VersionComparison;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * 清单版本: {@code /api/v1/matters/units/{unitId}/versions} (editors publish, logged in reads) and a version's items,
 * {@code /api/v1/matters/versions/{versionId}/items}.
 */
@Component(service = ListVersionsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class ListVersionsResource {

    static final Messages MESSAGES = Messages.of(ListVersionsResource.class);

    private final ListVersionService versions;

    @Activate
    public ListVersionsResource(@Reference ListVersionService versions) {
        this.versions = versions;
    }

    public record PublishRequest(LocalDate effectiveDate, String note) {
    }

    /** Publishes the current list as the next dated version. */
    @POST
    @Path("units/{unitId}/versions")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@Context SecurityContext security, @PathParam("unitId") long unitId,
            PublishRequest request) {
        if (request == null) {
            throw new ValidationException("effectiveDate", MESSAGES.text("listVersions.effective_date_required"));
        }
        return Response.status(201)
                .entity(versions.publish(Principals.actor(security), unitId, request.effectiveDate(), request.note()))
                .build();
    }

    /** Published versions, newest first, each with its 四最 figures. */
    @GET
    @Path("units/{unitId}/versions")
    public List<ListVersion> versions(@Context SecurityContext security, @PathParam("unitId") long unitId) {
        return versions.versions(Principals.actor(security), unitId);
    }

    @GET
    @Path("versions/{versionId}/items")
    public List<SubItem> versionItems(@Context SecurityContext security, @PathParam("versionId") long versionId) {
        return versions.versionItems(Principals.actor(security), versionId);
    }

    /** A version's 四最 figures with every item's discretion findings. */
    @GET
    @Path("versions/{versionId}/metrics")
    public ListMetrics versionMetrics(@Context SecurityContext security, @PathParam("versionId") long versionId) {
        return versions.versionMetrics(Principals.actor(security), versionId);
    }

    /** A version against a later version ({@code against}) or the current list: figures and changed findings. */
    @GET
    @Path("versions/{versionId}/comparison")
    public VersionComparison compare(@Context SecurityContext security, @PathParam("versionId") long versionId,
            @QueryParam("against") String against) {
        Long other = null;
        if (against != null && !against.isBlank()) {
            try {
                other = Long.valueOf(against.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("against", MESSAGES.text("listVersions.against_not_a_version"));
            }
        }
        return versions.compare(Principals.actor(security), versionId, other);
    }
}
