package org.xingfeng.matters.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ItemChange;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MattersService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

/** The matters list: {@code /api/v1/matters}. Any logged-in user reads; matters editors import. */
@Component(service = MattersResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class MattersResource {

    static final String CSV = "text/csv";

    private final MattersService matters;

    @Activate
    public MattersResource(@Reference MattersService matters) {
        this.matters = matters;
    }

    /** {@code ?unitId=&mainItemId=&q=&level=A|B|C&category=公共服务|确定|给付&page=&size=&format=xlsx} */
    @GET
    @Path("items")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, CSV })
    public Response items(@Context HttpHeaders headers, @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("mainItemId") Long mainItemId, @QueryParam("q") String text,
            @QueryParam("level") String level, @QueryParam("category") String category, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (Exports.wantsXlsx(headers, format) || Exports.wantsCsv(headers, format)) {
            if (unitId == null) {
                throw new ValidationException("unitId", "导出须指定单位 unitId (export needs unitId)");
            }
            return Exports.file(headers, format, () -> matters.exportList(unitId));
        }
        HandlingLevel l = null;
        if (level != null && !level.isBlank()) {
            try {
                l = HandlingLevel.valueOf(level.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("level", "办理层级只能是 A、B、C (level must be A, B or C): " + level);
            }
        }
        MatterCategory c = null;
        if (category != null && !category.isBlank()) {
            c = MatterCategory.parse(category);
            if (c == null) {
                throw new ValidationException("category", "主项类别应为 公共服务、确定 或 给付 (unknown category): " + category);
            }
        }
        SubItemQuery q = new SubItemQuery(unitId, mainItemId, text == null || text.isBlank() ? null : text, l, c);
        return Response.ok(matters.subItems(q, PageRequest.of(page, size))).build();
    }

    @GET
    @Path("items/{id}")
    public SubItem item(@PathParam("id") long id) {
        return matters.subItem(id).orElseThrow(() -> new NotFoundException("matter", id));
    }

    /** 修改记录: who changed the item, when, and which elements; for anybody who may read the item. */
    @GET
    @Path("items/{id}/history")
    public List<ItemChange> history(@PathParam("id") long id) {
        return matters.history(id);
    }

    @POST
    @Path("items")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, SubItemDraft draft) {
        return Response.status(201).entity(matters.createSubItem(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("items/{id}")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public SubItem update(@Context SecurityContext security, @PathParam("id") long id, SubItemDraft draft) {
        return matters.updateSubItem(Principals.actor(security), id, draft);
    }

    @DELETE
    @Path("items/{id}")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
        matters.deleteSubItem(Principals.actor(security), id);
        return Response.noContent().build();
    }

    @GET
    @Path("units/{unitId}/main-items")
    public List<MainItem> mainItems(@PathParam("unitId") long unitId) {
        return matters.mainItems(unitId);
    }

    /** 六统一: the unit's list against the standard list ({@code ?standard=unitId}, default the unit's province). */
    @GET
    @Path("units/{unitId}/comparison")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, CSV })
    public Response comparison(@Context HttpHeaders headers, @QueryParam("format") String format,
            @PathParam("unitId") long unitId, @QueryParam("standard") Long standardUnitId) {
        ListComparison comparison = matters.compare(unitId, standardUnitId);
        Response file = Exports.file(headers, format, () -> matters.comparisonTable(comparison));
        return file != null ? file : Response.ok(comparison, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** 四最 figures of the unit's list. */
    @GET
    @Path("units/{unitId}/metrics")
    public ListMetrics metrics(@PathParam("unitId") long unitId) {
        return matters.metrics(unitId);
    }

    /**
     * The same import from a browser form: multipart/form-data with the file in the part {@code file} and,
     * optionally, {@code dryRun=true}. CSV is told by the file name or the part's type, XLSX otherwise.
     */
    @POST
    @Path("units/{unitId}/import")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importForm(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @FormDataParam("file") FormDataBodyPart file, @FormDataParam("dryRun") String dryRun) {
        if (file == null) {
            throw new ValidationException("file", "缺少文件（表单字段 file） (the form has no part named file)");
        }
        String name = file.getContentDisposition() == null ? null : file.getContentDisposition().getFileName();
        boolean csv = (name != null && name.toLowerCase().endsWith(".csv"))
                || (file.getMediaType() != null && CSV.equals(file.getMediaType().getType() + "/" + file.getMediaType().getSubtype()));
        ImportReport report = matters.importList(Principals.actor(security), unitId, file.getValueAs(InputStream.class),
                csv ? MattersService.Format.CSV : MattersService.Format.XLSX, "true".equalsIgnoreCase(dryRun));
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }

    public record PublishRequest(LocalDate effectiveDate, String note) {
    }

    /** Publishes the current list as the next dated version. */
    @POST
    @Path("units/{unitId}/versions")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@Context SecurityContext security, @PathParam("unitId") long unitId, PublishRequest request) {
        if (request == null) {
            throw new ValidationException("effectiveDate", "生效日期必填 (effective date is required)");
        }
        return Response.status(201)
                .entity(matters.publish(Principals.actor(security), unitId, request.effectiveDate(), request.note())).build();
    }

    /** Published versions, newest first, each with its 四最 figures. */
    @GET
    @Path("units/{unitId}/versions")
    public List<ListVersion> versions(@PathParam("unitId") long unitId) {
        return matters.versions(unitId);
    }

    @GET
    @Path("versions/{versionId}/items")
    public List<SubItem> versionItems(@PathParam("versionId") long versionId) {
        return matters.versionItems(versionId);
    }

    /**
     * Upload a list (XLSX, or CSV in UTF-8) as the request body. {@code dryRun=true} checks it and stores nothing;
     * 422 with every bad row when any row is bad, and then nothing is stored either.
     */
    @POST
    @Path("units/{unitId}/import")
    @RolesAllowed({ MattersService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes({ RestConstants.XLSX, CSV, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importList(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        MattersService.Format fileFormat = contentType != null && contentType.toLowerCase().startsWith(CSV)
                ? MattersService.Format.CSV : MattersService.Format.XLSX;
        ImportReport report = matters.importList(Principals.actor(security), unitId, body, fileFormat, dryRun);
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }
}
