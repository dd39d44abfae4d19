package org.xingfeng.platform.rest.resources;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.audit.AuditVerification;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.rest.internal.ErrorMapper;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The audit log: {@code GET /api/v1/audit?entityType=&entityId=&username=&from=&to=&page=&size=} and its chain's check
 * {@code GET /api/v1/audit/verify}. Administrators and auditors.
 */
@Component(service = AuditResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/audit")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
public class AuditResource {

    static final Messages MESSAGES = Messages.of(AuditResource.class);

    private final AuditLog audit;
    private final BureauTime time;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference BureauTime time) {
        this.time = time;
        this.audit = audit;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, RestConstants.XLSX, RestConstants.CSV })
    public Response query(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("format") String format, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("username") String username,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Actor actor = Principals.actor(security);
        AuditQuery q = new AuditQuery(Strings.blankToNull(entityType), Strings.blankToNull(entityId),
                Strings.blankToNull(username), instant("from", from), instant("to", to));
        return Exports.list(headers, format, PageRequest.of(page, size), p -> audit.query(actor, q, p),
                list -> table(list, ErrorMapper.language(headers)));
    }

    /**
     * {@code GET /api/v1/audit/verify}: checks the log's hash chain and names the first entry altered or deleted in
     * the database (one in the caller's reach; outside it, only that there is one).
     */
    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditVerification verify(@Context SecurityContext security) {
        return audit.verify(Principals.actor(security));
    }

    private static Table table(List<AuditEntry> entries, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            rows.add(java.util.Arrays.asList(e.at(), e.username(), e.action(), e.entityType(), e.entityId(), e.before(),
                    e.after()));
        }
        return new Table(MESSAGES.get(locale, "sheet.audit"), MESSAGES.get(locale, "sheet.audit"), List.of(
                MESSAGES.get(locale, "column.at"), MESSAGES.get(locale, "column.user"),
                MESSAGES.get(locale, "column.action"), MESSAGES.get(locale, "column.entityType"),
                MESSAGES.get(locale, "column.entityId"), MESSAGES.get(locale, "column.before"),
                MESSAGES.get(locale, "column.after")), rows);
    }

    private Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return time.startOf(java.time.LocalDate.parse(text.trim()));
            } catch (DateTimeParseException e2) {
                throw new ValidationException(field, MESSAGES.text("audit.iso_8601_date_time_or", field, text));
            }
        }
    }
}
