package org.xingfeng.platform.rest.resources;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.MaxBodySize;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.rest.internal.ErrorMapper;

/** The organisation tree, sections and staff: {@code /api/v1/org}. Reading needs a login; changes need the administrator. */
@Component(service = OrgResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/org")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgResource {

    static final Messages MESSAGES = Messages.of(OrgResource.class);

    public record SectionRequest(String name) {
    }

    private final OrgService org;

    @Activate
    public OrgResource(@Reference OrgService org) {
        this.org = org;
    }

    @GET
    @Path("units")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response units(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format) {
        List<OrgUnit> units = org.units(Principals.actor(security));
        Locale locale = ErrorMapper.language(headers);
        Response file = Exports.file(headers, format, () -> {
            List<List<Object>> rows = new ArrayList<>();
            for (OrgUnit u : units) {
                rows.add(List.of(u.code(), u.name(), u.level().nameZh(),
                        u.parentId() == null ? "" : parentCode(units, u)));
            }
            return new Table(MESSAGES.get(locale, "sheet.units"), MESSAGES.get(locale, "sheet.units"), List.of(
                    MESSAGES.get(locale, "column.code"), MESSAGES.get(locale, "column.name"),
                    MESSAGES.get(locale, "column.level"), MESSAGES.get(locale, "column.parentCode")), rows);
        });
        return file != null ? file : Response.ok(units, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String parentCode(List<OrgUnit> units, OrgUnit u) {
        return units.stream().filter(p -> p.id() == u.parentId()).map(OrgUnit::code).findFirst().orElse("");
    }

    @GET
    @Path("units/{id}")
    public OrgUnit unit(@Context SecurityContext security, @PathParam("id") long id) {
        return org.unit(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), id));
    }

    @GET
    @Path("units/{id}/subtree")
    public List<OrgUnit> subtree(@Context SecurityContext security, @PathParam("id") long id) {
        return org.subtree(Principals.actor(security), id);
    }

    @POST
    @Path("units")
    @RolesAllowed(Roles.ADMIN)
    public Response createUnit(@Context SecurityContext security, OrgUnitDraft draft) {
        return Response.status(201).entity(org.createUnit(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("units/{id}")
    @RolesAllowed(Roles.ADMIN)
    public OrgUnit updateUnit(@Context SecurityContext security, @PathParam("id") long id, OrgUnitDraft draft) {
        return org.updateUnit(Principals.actor(security), id, draft);
    }

    @GET
    @Path("units/{id}/sections")
    public List<Section> sections(@Context SecurityContext security, @PathParam("id") long id) {
        Actor actor = Principals.actor(security);
        org.unit(actor, id).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), id));
        return org.sections(actor, id);
    }

    @POST
    @Path("units/{id}/sections")
    @RolesAllowed(Roles.ADMIN)
    public Response createSection(@Context SecurityContext security, @PathParam("id") long id, SectionRequest request) {
        if (request == null) {
            throw new ValidationException("name", MESSAGES.text("org.section_name_required"));
        }
        return Response.status(201).entity(org.createSection(Principals.actor(security), id, request.name())).build();
    }

    @GET
    @Path("staff")
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response staff(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format,
            @QueryParam("unitId") Long unitId, @QueryParam("sectionId") Long sectionId, @QueryParam("tier") String tier,
            @QueryParam("active") Boolean active, @QueryParam("q") String text, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        StaffTier t = null;
        if (tier != null && !tier.isBlank()) {
            t = StaffTier.parse(tier);
            if (t == null) {
                throw new ValidationException("tier", MESSAGES.text("org.unknown_tier", tier));
            }
        }
        StaffQuery query = new StaffQuery(unitId, sectionId, t, active, text);
        Actor actor = Principals.actor(security);
        return Exports.list(headers, format, PageRequest.of(page, size), p -> org.staff(actor, query, p),
                list -> staffTable(actor, list, ErrorMapper.language(headers)));
    }

    private Table staffTable(Actor actor, List<Staff> staff, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Staff s : staff) {
            String unitCode = org.unit(actor, s.unitId()).map(OrgUnit::code).orElse("");
            String section = s.sectionId() == null ? ""
                    : org.section(actor, s.sectionId()).map(Section::name).orElse("");
            rows.add(List.of(s.staffNumber(), s.name(), unitCode, section, s.tier().nameZh(),
                    String.join("、", s.posts()),
                    MESSAGES.get(locale, s.active() ? "cell.active" : "cell.inactive")));
        }
        return new Table(MESSAGES.get(locale, "sheet.staff"), MESSAGES.get(locale, "sheet.staff"), List.of(
                MESSAGES.get(locale, "column.staffNumber"), MESSAGES.get(locale, "column.personName"),
                MESSAGES.get(locale, "column.unitCode"), MESSAGES.get(locale, "column.section"),
                MESSAGES.get(locale, "column.tier"), MESSAGES.get(locale, "column.posts"),
                MESSAGES.get(locale, "column.status")), rows);
    }

    @GET
    @Path("staff/{id}")
    public Staff staffMember(@Context SecurityContext security, @PathParam("id") long id) {
        return org.staffMember(Principals.actor(security), id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.staff"), id));
    }

    @POST
    @Path("staff")
    @RolesAllowed(Roles.ADMIN)
    public Response createStaff(@Context SecurityContext security, StaffDraft draft) {
        return Response.status(201).entity(org.createStaff(Principals.actor(security), draft)).build();
    }

    @PUT
    @Path("staff/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Staff updateStaff(@Context SecurityContext security, @PathParam("id") long id, StaffDraft draft) {
        return org.updateStaff(Principals.actor(security), id, draft);
    }

    /** Upload the XLSX file as the request body. {@code dryRun=true} checks it and stores nothing. 422 when rows are bad. */
    @POST
    @Path("staff/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ RestConstants.XLSX, MediaType.APPLICATION_OCTET_STREAM })
    @MaxBodySize(bytes = 20L * 1024 * 1024)
    public Response importStaff(@Context SecurityContext security,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream body) {
        ImportReport report = org.importStaff(Principals.actor(security), body, dryRun);
        return Response.status(report.ok() ? 200 : 422).entity(report).build();
    }
}
