package org.xingfeng.matters.rest.internal;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

/**
 * 导入: a unit's list uploaded in the attachment-1 layout, {@code /api/v1/matters/units/{unitId}/import}; matters
 * editors only. (The export is the items list with {@code format=xlsx|csv}.)
 */
@Component(service = ListSheetResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/matters")
@Produces(MediaType.APPLICATION_JSON)
public class ListSheetResource {

    static final Messages MESSAGES = Messages.of(ListSheetResource.class);

    private final ListSheetService sheets;

    @Activate
    public ListSheetResource(@Reference ListSheetService sheets) {
        this.sheets = sheets;
    }

    /**
     * The same import from a browser form: multipart/form-data with the file in the part {@code file} and,
     * optionally, {@code dryRun=true}. CSV is told by the file name or the part's type, XLSX otherwise.
     */
    @POST
    @Path("units/{unitId}/import")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importForm(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @FormDataParam("file") FormDataBodyPart file, @FormDataParam("dryRun") String dryRun) {
        if (file == null) {
            throw new ValidationException("file", MESSAGES.text("listSheet.form_no_part_named_file"));
        }
        String name = file.getContentDisposition() == null ? null : file.getContentDisposition().getFileName();
        boolean csv = (name != null && name.toLowerCase().endsWith(".csv"))
                || (file.getMediaType() != null && RestConstants.CSV
                        .equals(file.getMediaType().getType() + "/" + file.getMediaType().getSubtype()));
        ImportReport report = sheets.importList(Principals.actor(security), unitId, file.getValueAs(InputStream.class),
                csv ? ListSheetService.Format.CSV : ListSheetService.Format.XLSX, "true".equalsIgnoreCase(dryRun));
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }

    /**
     * Upload a list (XLSX, or CSV in UTF-8) as the request body. {@code dryRun=true} checks it and stores nothing;
     * 422 with every bad row when any row is bad, and then nothing is stored either.
     */
    @POST
    @Path("units/{unitId}/import")
    @RolesAllowed({ MatterItemService.EDITOR_ROLE, Roles.ADMIN })
    @Consumes({ RestConstants.XLSX, RestConstants.CSV, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importList(@Context SecurityContext security, @PathParam("unitId") long unitId,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ListSheetService.Format fileFormat = contentType != null
                && contentType.toLowerCase().startsWith(RestConstants.CSV)
                        ? ListSheetService.Format.CSV
                        : ListSheetService.Format.XLSX;
        ImportReport report = sheets.importList(Principals.actor(security), unitId, body, fileFormat, dryRun);
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }
}
