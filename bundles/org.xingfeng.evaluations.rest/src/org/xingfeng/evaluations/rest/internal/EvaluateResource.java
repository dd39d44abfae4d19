package org.xingfeng.evaluations.rest.internal;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Indicator;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.PersonalData;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.rest.RateLimited;
import org.xingfeng.platform.api.rest.RestConstants;

/**
 * What the citizen's evaluation page shows before the citizen rates: {@code GET /api/v1/evaluations/public/ticket?t=}
 * (no login) answers for a valid ticket the unit's name, the record, window and matter (its name from the matters
 * module when that is installed), the staff member (name masked,
 * staff number), the expiry, whether the record was evaluated already, and the indicator set of the channel
 * ({@code &at=window}: the evaluator tablet at the window, the window set; otherwise the QR code's web channel, the
 * online set). A forged or malformed ticket is a 400 {@code ticket_invalid}, an expired one {@code ticket_expired}.
 * Nothing of the citizen is in a ticket or in the answer.
 */
@Component(service = EvaluateResource.class)
@JakartarsResource
@JakartarsExtensionSelect(RestConstants.SELECT_JSON)
@Path(RestConstants.API_BASE + "/evaluations/public")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluateResource {

    /** The ticket as the page shows it. */
    public record TicketView(String recordNo, long unitId, String unitName, String windowNo, String matterCode,
            String matterName, String staffNumber, String staffName, Instant expiresAt, boolean evaluated,
            Channel channel,
            List<Indicator> indicators) {
    }

    private final EvaluationTicketService tickets;
    private final EvaluationService evaluations;
    private final OrgService org;

    /** The matters module's names, when it is there; without it the page shows the code. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MatterNames matterNames;

    @Activate
    public EvaluateResource(@Reference EvaluationTicketService tickets, @Reference EvaluationService evaluations,
            @Reference OrgService org) {
        this.tickets = tickets;
        this.evaluations = evaluations;
        this.org = org;
    }

    @GET
    @Path("ticket")
    @PermitAll
    @RateLimited(value = "evaluations.ticket", perMinute = 120)
    public TicketView ticket(@QueryParam("t") String token, @QueryParam("at") String at) {
        EvaluationTicket t = tickets.verify(token);
        Channel channel = "window".equals(at) ? Channel.WINDOW_DEVICE : Channel.WEB;
        String unitName = org.unit(Actor.SYSTEM, t.unitId()).map(OrgUnit::name).orElse(null);
        String staffName = t.staffNumber() == null ? null
                : org.staffByNumber(Actor.SYSTEM, t.staffNumber()).map(Staff::name).map(PersonalData::maskName)
                        .orElse(null);
        boolean evaluated = evaluations.evaluations(Actor.SYSTEM,
                new EvaluationQuery(t.unitId(), null, null, null, false, null, null, null, null, null, t.recordNo()),
                PageRequest.of(0, 1)).items().stream().anyMatch(e -> e.unitId() == t.unitId());
        MatterNames names = matterNames;
        String matterName = names == null ? null : names.name(t.unitId(), t.matterCode()).orElse(null);
        return new TicketView(t.recordNo(), t.unitId(), unitName, t.windowNo(), t.matterCode(), matterName,
                t.staffNumber(),
                staffName, t.expiresAt(), evaluated, channel, evaluations.indicators(channel));
    }
}
