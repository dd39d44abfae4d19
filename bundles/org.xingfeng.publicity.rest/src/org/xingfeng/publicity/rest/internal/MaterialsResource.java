package org.xingfeng.publicity.rest.internal;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.rest.ApiResponse;
import org.xingfeng.platform.api.rest.Downloads;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.materials.MaterialState;

/**
 * 宣传资料库: {@code /api/v1/publicity/materials}, posters, leaflets, videos, explainers and slogans with their files
 * in versions. Publicity editors add, change, upload, approve and withdraw; the module's roles, admin and auditors read
 * and download (the units below a material's unit once it is approved).
 */
@Component(service = MaterialsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE + "/materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {

    private final MaterialService materials;

    @Activate
    public MaterialsResource(@Reference MaterialService materials) {
        this.materials = materials;
    }

    @POST
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(type = Material.class, status = 201)
    public Response create(@Context SecurityContext security, MaterialDraft draft) {
        return Response.status(201).entity(materials.create(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&campaignId=&kind=&state=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("campaignId") String campaignId, @QueryParam("kind") String kind,
            @QueryParam("state") String state, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        MaterialQuery query = new MaterialQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalLong("campaignId", campaignId),
                QueryParams.option(MaterialKind.class, "kind", kind),
                QueryParams.option(MaterialState.class, "state", state), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        return Exports.list(headers, format, request, p -> materials.materials(Principals.actor(security), query, p),
                materials::table);
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    public Material material(@Context SecurityContext security, @PathParam("id") long id) {
        return materials.material(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.material"), id));
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Material update(@Context SecurityContext security, @PathParam("id") long id, MaterialDraft draft) {
        return materials.update(Principals.actor(security), id, draft);
    }

    /**
     * A new version of the file: the file as the request body (its type read from the content), its name in
     * {@code ?name=} and what changed in {@code ?note=}; 201 with the material, back in draft.
     */
    @POST
    @Path("{id: \\d+}/versions")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(bytes = 64L * 1024 * 1024)
    @ApiResponse(type = Material.class, status = 201)
    public Response upload(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("name") String name, @QueryParam("note") String note, InputStream body) {
        return Response.status(201).entity(materials.upload(Principals.actor(security), id, name, note, body))
                .build();
    }

    @POST
    @Path("{id: \\d+}/approve")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Material approve(@Context SecurityContext security, @PathParam("id") long id) {
        return materials.approve(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/withdraw")
    @RolesAllowed({ PublicityRoles.EDITOR, Roles.ADMIN })
    public Material withdraw(@Context SecurityContext security, @PathParam("id") long id) {
        return materials.withdraw(Principals.actor(security), id);
    }

    /** A version's file ({@code ?version=}, default the latest) as a download under its name; counted. */
    @GET
    @Path("{id: \\d+}/file")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4 })
    @Produces(MediaType.WILDCARD)
    public Response download(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("version") String version) {
        FileContent c = materials.download(Principals.actor(security), id,
                QueryParams.optionalInt("version", version));
        return Downloads.file(c);
    }
}
