package org.xingfeng.platform.rest.resources;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
import org.xingfeng.platform.api.Bureau;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.rest.Exports;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.spreadsheet.Table;

/** The audit log: {@code GET /api/v1/audit?entityType=&entityId=&username=&from=&to=&page=&size=}. Administrators and auditors. */
@Component(service = AuditResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/audit")
@RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
public class AuditResource {

    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
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
                AuditResource::table);
    }

    private static Table table(List<AuditEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditEntry e : entries) {
            rows.add(java.util.Arrays.asList(e.at(), e.username(), e.action(), e.entityType(), e.entityId(), e.before(),
                    e.after()));
        }
        return new Table("审计日志", "审计日志", List.of("时间", "用户", "操作", "对象类型", "对象编号", "变更前", "变更后"), rows);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text.trim()).atStartOfDay(Bureau.zone()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new ValidationException(field, field + " 应为 ISO-8601 时间或日期 (must be an ISO-8601 date-time or date): " + text);
            }
        }
    }
}
