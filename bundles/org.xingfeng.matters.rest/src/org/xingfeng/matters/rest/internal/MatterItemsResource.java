package org.xingfeng.matters.rest.internal;

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
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * The items of a unit's list: {@code /api/v1/matters/items} and a unit's main items. Any logged-in user reads (the
 * list also as XLSX or CSV in the import layout); matters editors change items.
 */
@Component(service = MatterItemsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class MatterItemsResource {

    static final Messages MESSAGES = Messages.of(MatterItemsResource.class);

    private final MatterItemService matters;
    private final ListSheetService sheets;

    @Activate
    public MatterItemsResource(@Reference MatterItemService matters, @Reference ListSheetService sheets) {
        this.matters = matters;
        this.sheets = sheets;
    }

    /** {@code ?unitId=&mainItemId=&q=&level=A|B|C&category=公共服务|确定|给付&page=&size=&format=xlsx} */
    @GET
    @Path("items")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response items(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("mainItemId") Long mainItemId, @QueryParam("q") String text,
            @QueryParam("level") String level, @QueryParam("category") String category,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (Exports.wantsXlsx(headers, format) || Exports.wantsCsv(headers, format)) {
            if (unitId == null) {
                throw new ValidationException("unitId", MESSAGES.text("matterItems.export_needs_unitid"));
            }
            return Exports.file(headers, format, () -> sheets.exportList(Principals.actor(security), unitId));
        }
        HandlingLevel l = QueryParams.option(HandlingLevel.class, "level", level);
        MatterCategory c = null;
        if (!Strings.blank(category)) {
            c = MatterCategory.parse(category);
            if (c == null) {
                throw new ValidationException("category", MESSAGES.text("matterItems.unknown_category", category));
            }
        }
        SubItemQuery q = new SubItemQuery(unitId, mainItemId, Strings.blank(text) ? null : text, l, c);
        return Response.ok(matters.subItems(Principals.actor(security), q, PageRequest.of(page, size))).build();
    }

    @GET
    @Path("items/{id}")
    public SubItem item(@Context SecurityContext security, @PathParam("id") long id) {
        return matters.subItem(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.matter"), id));
    }

    /** 修改记录: who changed the item, when, and which elements; for anybody who may read the item. */
    @GET
    @Path("items/{id}/history")
    public List<ItemChange> history(@Context SecurityContext security, @PathParam("id") long id) {
        return matters.history(Principals.actor(security), id);
    }

    @POST
    @Path("items")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, SubItemDraft draft) {
        return Response.status(201).entity(matters.createSubItem(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("items/{id}")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public SubItem update(@Context SecurityContext security, @PathParam("id") long id, SubItemDraft draft) {
        return matters.updateSubItem(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("items/{id}")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        matters.deleteSubItem(Principals.actor(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("units/{unitId}/main-items")
    public List<MainItem> mainItems(@Context SecurityContext security, @PathParam("unitId") long unitId) {
        return matters.mainItems(Principals.actor(security), unitId);
    }
}
