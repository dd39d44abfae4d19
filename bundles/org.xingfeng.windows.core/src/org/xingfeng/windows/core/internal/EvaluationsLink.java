package org.xingfeng.windows.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.Actor;

/**
 * The bridge to the evaluations module: active only while its {@link EvaluationTicketService} is there (the package
 * import is optional, so windows works without evaluations). Issues as the system: the record service has already
 * checked the record against the caller's reach and roles.
 */
@Component(service = TicketIssuer.class)
public class EvaluationsLink implements TicketIssuer {

    private final EvaluationTicketService tickets;

    @Activate
    public EvaluationsLink(@Reference EvaluationTicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public String issue(long unitId, String recordNo, String staffNumber, String windowNo, String matterCode) {
        return tickets.issue(Actor.SYSTEM,
                new EvaluationTicketDraft(unitId, recordNo, staffNumber, windowNo, matterCode, null)).token();
    }
}
