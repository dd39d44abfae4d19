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
import org.xingfeng.windows.api.standard.HallInventory;
import org.xingfeng.windows.api.standard.Inspection;
import org.xingfeng.windows.api.standard.InspectionDraft;
import org.xingfeng.windows.api.standard.InventoryCount;
import org.xingfeng.windows.api.standard.StandardItem;
import org.xingfeng.windows.api.standard.StandardItemDraft;
import org.xingfeng.windows.api.standard.StandardService;

/** 大厅标准化: {@code /api/v1/windows/standard}: the standard's items, halls' inventories and inspections. */
@Component(service = StandardResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/standard")
@Produces(MediaType.APPLICATION_JSON)
public class StandardResource {

    private final StandardService standard;

    @Activate
    public StandardResource(@Reference StandardService standard) {
        this.standard = standard;
    }

    @GET
    @Path("items")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<StandardItem> items(@Context SecurityContext security) {
        return standard.items(Principals.actor(security));
    }

    @POST
    @Path("items")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, StandardItemDraft draft) {
        return Response.status(201).entity(standard.createItem(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("items/{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public StandardItem update(@Context SecurityContext security, @PathParam("id") long id, StandardItemDraft draft) {
        return standard.updateItem(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("items/{id: \\d+}")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    public Response remove(@Context SecurityContext security, @PathParam("id") long id) {
        standard.removeItem(Principals.actor(security), id);
        return Response.noContent().build();
    }

    /** {@code ?format=xlsx} */
    @GET
    @Path("halls/{hallId: \\d+}/inventory")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, "text/csv" })
    public Response inventory(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("hallId") long hallId) {
        HallInventory inventory = standard.inventory(Principals.actor(security), hallId);
        Response file = Exports.file(headers, format, () -> standard.inventoryTable(inventory));
        return file != null ? file : Response.ok(inventory, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code [{"itemCode":"PRINTER","present":2}, ...]} */
    @PUT
    @Path("halls/{hallId: \\d+}/inventory")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public HallInventory setInventory(@Context SecurityContext security, @PathParam("hallId") long hallId,
            List<InventoryCount> counts) {
        return standard.setInventory(Principals.actor(security), hallId, counts);
    }

    @GET
    @Path("halls/{hallId: \\d+}/inspections")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5 })
    public List<Inspection> inspections(@Context SecurityContext security, @PathParam("hallId") long hallId) {
        return standard.inspections(Principals.actor(security), hallId);
    }

    @POST
    @Path("inspections")
    @RolesAllowed({ WindowsRoles.ADMIN, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inspect(@Context SecurityContext security, InspectionDraft draft) {
        return Response.status(201).entity(standard.inspect(Principals.actor(security), draft)).build();
    }
}
