package org.xingfeng.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.rest.Principals.ActorPrincipal;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Audits what every module's resources answer that the log must hold though nothing changed: an export (an XLSX or
 * CSV file of a list, {@code action=export}) and a refusal ({@code 403}, {@code action=refused}), both with
 * {@code entityType=request} and the method and path as the entity. An export whose entry cannot be written is not
 * sent (the filter runs before the file is written); a refusal's entry that fails is logged.
 */
@Component(service = ContainerResponseFilter.class)
@JakartarsExtension
@JakartarsName("xingfeng.audit")
@Priority(Priorities.USER)
public class AuditFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    /** Whoever was refused before logging in (no account): filed under the whole installation. */
    static final Actor ANONYMOUS = new Actor(0, "anonymous", java.util.Set.of(), Reach.EVERYWHERE);

    private final AuditLog audit;

    @Activate
    public AuditFilter(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath();
        if (response.getStatus() == 403) {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("query", request.getUriInfo().getRequestUri().getRawQuery());
            what.put("status", 403);
            try {
                audit.record(actor(request.getSecurityContext()), "refused", "request", target, null, what);
            } catch (RuntimeException e) {
                LOG.warn("could not audit the refusal of {}: {}", target, e.toString());
            }
        } else if (response.getStatus() == 200 && response.getEntity() instanceof Table table) {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("query", request.getUriInfo().getRequestUri().getRawQuery());
            what.put("type", String.valueOf(response.getMediaType()));
            what.put("file", table.fileName());
            what.put("rows", table.rows().size());
            audit.record(actor(request.getSecurityContext()), "export", "request", target, null, what);
        }
    }

    private static Actor actor(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof ActorPrincipal p ? p.actor() : ANONYMOUS;
    }
}
