package org.xingfeng.evaluations.rest.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.rest.Principals;
import org.xingfeng.platform.api.rest.RestConstants;
import org.xingfeng.platform.api.security.Roles;

/**
 * 评价凭证: {@code POST /api/v1/evaluations/tickets} issues a signed ticket for a handling record of a unit in the caller's
 * reach, so a county's other handling systems can have their records evaluated. Staff only: the issuer role, officers
 * and administrators.
 */
@Component(service = TicketsResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    private final EvaluationTicketService tickets;

    @Activate
    public TicketsResource(@Reference EvaluationTicketService tickets) {
        this.tickets = tickets;
    }

    @POST
    @RolesAllowed({ EvaluationTicketService.ISSUER_ROLE, EvaluationService.OFFICER_ROLE, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@Context SecurityContext security, EvaluationTicketDraft draft) {
        return Response.status(201).entity(tickets.issue(Principals.actor(security), draft)).build();
    }
}
