package org.xingfeng.windows.rest.internal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallDraft;
import org.xingfeng.windows.api.halls.HallQuery;
import org.xingfeng.windows.api.halls.HallService;

/** 服务大厅: {@code /api/v1/windows/halls}. Windows administrators change; the module's roles, admin and auditors read. */
@Component(service = HallsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/halls")
@Produces(MediaType.APPLICATION_JSON)
public class HallsResource {

    private final HallService halls;

    @Activate
    public HallsResource(@Reference HallService halls) {
        this.halls = halls;
    }

    @POST
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, HallDraft draft) {
        return Response.status(201).entity(halls.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        HallQuery query = new HallQuery(QueryParams.optionalLong("unitId", unitId), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> halls.halls(Principals.actor(security), query, p),
                halls::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public Hall hall(@Context SecurityContext security, @PathParam("id") long id) {
        return halls.hall(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.hall"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Hall update(@Context SecurityContext security, @PathParam("id") long id, HallDraft draft) {
        return halls.update(Principals.actor(security), id, draft);
    }

    /** The matters the hall's windows handle, named from the matters module when present. */
    @GET
    @Path("{id: \\d+}/matters")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<MatterRef> matters(@Context SecurityContext security, @PathParam("id") long id) {
        return halls.matters(Principals.actor(security), id);
    }
}
