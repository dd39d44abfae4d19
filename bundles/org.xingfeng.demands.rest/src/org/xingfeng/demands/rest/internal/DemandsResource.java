package org.xingfeng.demands.rest.internal;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Assignment;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandQuery;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.DemandStep;
import org.xingfeng.demands.api.demands.ExtensionDecision;
import org.xingfeng.demands.api.demands.ExtensionRequest;
import org.xingfeng.demands.api.demands.Review;
import org.xingfeng.demands.api.demands.Satisfaction;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.files.FileContent;
import org.xingfeng.platform.api.files.StoredFile;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.rest.Downloads;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.QueryParams;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

/**
 * 民生诉求: {@code /api/v1/demands}. Each step is a POST on the demand naming the step; the service checks the role,
 * the reach and the state (409 naming the state).
 */
@Component(service = DemandsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(Rest.BASE)
@Produces(MediaType.APPLICATION_JSON)
public class DemandsResource {

    private final DemandService demands;

    @Activate
    public DemandsResource(@Reference DemandService demands) {
        this.demands = demands;
    }

    @POST
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext security, DemandDraft draft) {
        return Response.status(201).entity(demands.register(Principals.actor(security), draft)).build();
    }

    /** {@code ?unitId=&state=&category=&channel=&sectionId=&overdue=&from=&to=&q=&page=&size=&format=xlsx} */
    @GET
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response list(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("unitId") String unitId,
            @QueryParam("state") String state, @QueryParam("category") String category,
            @QueryParam("channel") String channel, @QueryParam("sectionId") String sectionId,
            @QueryParam("overdue") String overdue, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        DemandQuery query = new DemandQuery(QueryParams.optionalLong("unitId", unitId),
                QueryParams.option(DemandState.class, "state", state),
                QueryParams.option(DemandCategory.class, "category", category),
                QueryParams.option(DemandChannel.class, "channel", channel),
                QueryParams.optionalLong("sectionId", sectionId), QueryParams.optionalBoolean("overdue", overdue),
                QueryParams.date("from", from), QueryParams.date("to", to), q);
        PageRequest request = PageRequest.of(QueryParams.optionalInt("page", page),
                QueryParams.optionalInt("size", size));
        Response file = Exports.file(headers, format, () -> demands.export(Principals.actor(security), query));
        return file != null ? file
                : Response.ok(demands.demands(Principals.actor(security), query, request), MediaType.APPLICATION_JSON)
                        .build();
    }

    /**
     * A 12345 hotline's spreadsheet export as the request body (XLSX), all or nothing; {@code dryRun=true} checks it and
     * stores nothing. 422 with every bad row when a row is bad.
     */
    @POST
    @Path("import")
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    @Consumes({ RestConstants.XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importHotline(@Context SecurityContext security,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) {
        ImportReport report = demands.importHotline(Principals.actor(security), body, dryRun);
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }

    /** {@code ?category=}: the category's response templates. */
    @GET
    @Path("templates")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    public List<String> templates(@Context SecurityContext security, @QueryParam("category") String category) {
        return demands.templates(Principals.actor(security),
                QueryParams.option(DemandCategory.class, "category", category));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    public Demand demand(@Context SecurityContext security, @PathParam("id") long id) {
        return demands.demand(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(Rest.MESSAGES.text("entity.demand"), id));
    }

    /** The steps, oldest first; {@code ?format=xlsx} as a sheet. */
    @GET
    @Path("{id: \\d+}/history")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response history(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("id") long id) {
        Response file = Exports.file(headers, format, () -> demands.historyTable(Principals.actor(security), id));
        if (file != null) {
            return file;
        }
        List<DemandStep> steps = demands.history(Principals.actor(security), id);
        return Response.ok(steps, MediaType.APPLICATION_JSON).build();
    }

    /**
     * 附件: the file as the request body (any type; the platform reads the type from the content), its name in
     * {@code ?name=} (UTF-8, URL-encoded); {@code ?stepId=} attaches it to a step of the demand (the handling's, the
     * reply's). 201 with the file's record; 413 over the configured size, 415 for a type not accepted.
     */
    @POST
    @Path("{id: \\d+}/attachments")
    @RolesAllowed({ DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR, DemandsRoles.HANDLER,
            Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(bytes = 64L * 1024 * 1024)
    public Response attach(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("name") String name, @QueryParam("stepId") String stepId, InputStream body) {
        StoredFile f = demands.attach(Principals.actor(security), id, QueryParams.optionalLong("stepId", stepId),
                name, body);
        return Response.status(201).entity(f).build();
    }

    /**
     * 附件 from a browser form ({@code multipart/form-data}): the part {@code file} (its file name is the attachment's
     * name unless a part {@code name} gives one), optionally a part {@code stepId}. The same answers as the raw
     * upload; 400 naming {@code file} without that part.
     */
    @POST
    @Path("{id: \\d+}/attachments")
    @RolesAllowed({ DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR, DemandsRoles.HANDLER,
            Roles.ADMIN })
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @MaxBodySize(bytes = 64L * 1024 * 1024)
    public Response attachForm(@Context SecurityContext security, @PathParam("id") long id,
            @FormDataParam("file") FormDataBodyPart file, @FormDataParam("name") String name,
            @FormDataParam("stepId") String stepId) {
        if (file == null) {
            throw new ValidationException("file", Rest.MESSAGES.text("attachments.form_no_file"));
        }
        String fileName = name != null && !name.isBlank() ? name : partFileName(file);
        StoredFile f = demands.attach(Principals.actor(security), id,
                QueryParams.optionalLong("stepId", stepId == null || stepId.isBlank() ? null : stepId.strip()),
                fileName, file.getValueAs(InputStream.class));
        return Response.status(201).entity(f).build();
    }

    /**
     * The part's file name: RFC 5987's {@code filename*} when sent, else {@code filename}, which browsers send as its
     * UTF-8 bytes (RFC 7578) and the parser reads as ISO-8859-1.
     */
    static String partFileName(FormDataBodyPart part) {
        String header = part.getHeaders().getFirst("Content-Disposition");
        if (header != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("filename\\*\\s*=\\s*(?i:UTF-8)'[^']*'([^;\\s]+)").matcher(header);
            if (m.find()) {
                return java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        String plain = part.getContentDisposition() == null ? null : part.getContentDisposition().getFileName();
        if (plain == null || plain.chars().anyMatch(c -> c > 0xFF) || plain.chars().noneMatch(c -> c >= 0x80)) {
            return plain;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(plain.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return plain; // a Latin-1 name after all
        }
    }

    /** The demand's and its steps' attachments ({@code format=xlsx} or {@code csv}: as a sheet). */
    @GET
    @Path("{id: \\d+}/attachments")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response attachments(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @PathParam("id") long id) {
        List<StoredFile> list = demands.attachments(Principals.actor(security), id);
        Response file = Exports.file(headers, format, () -> attachmentsTable(id, list));
        return file != null ? file : Response.ok(list, MediaType.APPLICATION_JSON).build();
    }

    static Table attachmentsTable(long id, List<StoredFile> list) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (StoredFile f : list) {
            rows.add(java.util.Arrays.asList(f.id(), text("attachments.kind." + f.kind()), f.ownerId(), f.name(),
                    f.mediaType(), f.size(), f.sha256(), f.uploadedBy(), f.uploadedAt().toString()));
        }
        return new Table(text("attachments.file", id), text("attachments.sheet"),
                java.util.stream.Stream.of("id", "kind", "owner", "name", "type", "size", "sha256", "by", "at")
                        .map(k -> text("attachments.column." + k)).toList(),
                rows);
    }

    private static String text(String key, Object... args) {
        return Rest.MESSAGES.get(Languages.CHINESE, key, args);
    }

    /** One attachment's bytes, as a download under its name (RFC 6266: an ASCII name and the UTF-8 one). */
    @GET
    @Path("{id: \\d+}/attachments/{fileId: \\d+}")
    @RolesAllowed({ Rest.READER_1, Rest.READER_2, Rest.READER_3, Rest.READER_4, Rest.READER_5, Rest.READER_6 })
    @Produces(MediaType.WILDCARD)
    public Response attachment(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("fileId") long fileId) {
        FileContent c = demands.attachment(Principals.actor(security), id, fileId);
        return Downloads.file(c);
    }

    /** Removes an attachment: its uploader or an administrator, while the demand is open. */
    @DELETE
    @Path("{id: \\d+}/attachments/{fileId: \\d+}")
    @RolesAllowed({ DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR, DemandsRoles.HANDLER,
            Roles.ADMIN })
    public Response detach(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("fileId") long fileId) {
        demands.detach(Principals.actor(security), id, fileId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/instruct")
    @RolesAllowed({ DemandsRoles.HEAD, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand instruct(@Context SecurityContext security, @PathParam("id") long id, StepText body) {
        return demands.instruct(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/assign")
    @RolesAllowed({ DemandsRoles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand assign(@Context SecurityContext security, @PathParam("id") long id, Assignment body) {
        return demands.assign(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/handle")
    @RolesAllowed({ DemandsRoles.HANDLER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand handle(@Context SecurityContext security, @PathParam("id") long id, StepText body) {
        return demands.handle(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/review")
    @RolesAllowed({ DemandsRoles.HANDLER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand review(@Context SecurityContext security, @PathParam("id") long id, Review body) {
        return demands.review(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/reply")
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand reply(@Context SecurityContext security, @PathParam("id") long id, StepText body) {
        return demands.reply(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/satisfaction")
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand rate(@Context SecurityContext security, @PathParam("id") long id, Satisfaction body) {
        return demands.rate(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/close")
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    public Demand close(@Context SecurityContext security, @PathParam("id") long id) {
        return demands.close(Principals.actor(security), id);
    }

    @POST
    @Path("{id: \\d+}/extension")
    @RolesAllowed({ DemandsRoles.HANDLER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand requestExtension(@Context SecurityContext security, @PathParam("id") long id,
            ExtensionRequest body) {
        return demands.requestExtension(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/extension/decision")
    @RolesAllowed({ DemandsRoles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand decideExtension(@Context SecurityContext security, @PathParam("id") long id,
            ExtensionDecision body) {
        return demands.decideExtension(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/remind")
    @RolesAllowed({ DemandsRoles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand remind(@Context SecurityContext security, @PathParam("id") long id, StepText body) {
        return demands.remind(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/escalate")
    @RolesAllowed({ DemandsRoles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand escalate(@Context SecurityContext security, @PathParam("id") long id, StepText body) {
        return demands.escalate(Principals.actor(security), id, body);
    }

    @POST
    @Path("{id: \\d+}/duplicate")
    @RolesAllowed({ DemandsRoles.OFFICER, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Demand duplicate(@Context SecurityContext security, @PathParam("id") long id, Bodies.Original body) {
        if (body == null || body.originalId() == null) {
            throw new ValidationException("originalId", Rest.MESSAGES.text("field.required"));
        }
        return demands.linkDuplicate(Principals.actor(security), id, body.originalId());
    }
}
