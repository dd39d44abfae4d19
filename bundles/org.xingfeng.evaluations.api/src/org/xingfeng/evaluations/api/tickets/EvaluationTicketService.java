package org.xingfeng.evaluations.api.tickets;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Issues and verifies evaluation tickets (评价凭证). Issuing needs {@link #ISSUER_ROLE}, the officer role or admin, and
 * the unit in the caller's reach (400 naming {@code unitId} otherwise); the windows module issues as the system for a
 * record it has checked. A staff number must be of the unit or a unit below it (400 naming {@code staffNumber}).
 */
@Remote
public interface EvaluationTicketService {

    /** 评价凭证签发: accounts of a county's other handling systems that ask tickets for their records. */
    String ISSUER_ROLE = "evaluations.issuer";

    EvaluationTicket issue(Actor actor, EvaluationTicketDraft draft);

    /**
     * The ticket a token stands for, when its signature is this server's and it has not expired; otherwise a 400
     * {@code ticket_invalid} (malformed or forged) or {@code ticket_expired}, naming the field {@code ticket}.
     */
    EvaluationTicket verify(String token);
}
