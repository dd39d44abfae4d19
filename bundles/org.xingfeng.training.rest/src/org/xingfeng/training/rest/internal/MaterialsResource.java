package org.xingfeng.training.rest.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Downloads;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.training.api.materials.CourseMaterialService;

/**
 * A course's materials (课程资料): {@code /api/v1/training/courses/{id}/materials}. The file is the request body, its
 * name in {@code ?name=}; the platform reads its type from the content and keeps the size limit.
 */
@Component(service = MaterialsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {

    private final CourseMaterialService materials;

    @Activate
    public MaterialsResource(@Reference CourseMaterialService materials) {
        this.materials = materials;
    }

    /** 201 with the file's record; 413 over the configured size, 415 for a type not accepted. */
    @POST
    @Path("courses/{id: \\d+}/materials")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(bytes = 64L * 1024 * 1024)
    @ApiResponse(type = StoredFile.class, status = 201)
    public Response attach(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("name") String name, InputStream body) {
        return Response.status(201).entity(materials.attach(Principals.actor(security), id, name, body)).build();
    }

    /** {@code ?format=xlsx|csv} */
    @GET
    @Path("courses/{id: \\d+}/materials")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    @ApiResponse(type = StoredFile.class, list = true)
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("id") long id) {
        List<StoredFile> list = materials.materials(Principals.actor(security), id);
        Response file = Exports.file(headers, format, () -> table(id, list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Table table(long courseId, List<StoredFile> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (StoredFile f : list) {
            rows.add(Arrays.asList(f.id(), f.name(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(),
                    f.uploadedAt().toString()));
        }
        return new Table(text("materials.file", courseId), text("materials.sheet"), List.of(text("materials.id"),
                text("materials.name"), text("materials.type"), text("materials.size"), text("materials.sha256"),
                text("materials.by"), text("materials.at")), rows);
    }

    private static String text(String key, Object... args) {
        return Rest.MESSAGES.get(Languages.CHINESE, key, args);
    }

    /** The bytes as a download under the material's name, never sniffed by the browser. */
    @GET
    @Path("courses/{id: \\d+}/materials/{fileId: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN, Rest.AUDITOR, Rest.STAFF })
    @Produces(MediaType.WILDCARD)
    public Response download(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("fileId") long fileId) {
        FileContent c = materials.material(Principals.actor(security), id, fileId);
        return Downloads.file(c);
    }

    @DELETE
    @Path("courses/{id: \\d+}/materials/{fileId: \\d+}")
    @RolesAllowed({ Rest.OFFICER, Rest.ADMIN })
    @ApiResponse(type = Void.class, status = 204)
    public Response detach(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("fileId") long fileId) {
        materials.detach(Principals.actor(security), id, fileId);
        return Response.noContent().build();
    }
}
