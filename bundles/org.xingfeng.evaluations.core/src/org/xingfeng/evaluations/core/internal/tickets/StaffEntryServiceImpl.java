package org.xingfeng.evaluations.core.internal.tickets;

import static org.xingfeng.evaluations.core.internal.tickets.TicketRules.MESSAGES;

import java.util.Map;
import java.util.concurrent.CompletionException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.core.internal.EvaluationIntake;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.evaluations.api.entries.StaffEntry;
import org.xingfeng.evaluations.api.entries.StaffEntryService;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.security.Roles;

/** 电话、热线、评价卡: evaluations entered by staff with the record's ticket, through the same intake as citizens'. */
@Component
public class StaffEntryServiceImpl implements StaffEntryService {

    private final EvaluationIntake evaluations;
    private final EvaluationTicketService tickets;
    private final AuditLog audit;

    @Activate
    public StaffEntryServiceImpl(@Reference EvaluationIntake evaluations, @Reference EvaluationTicketService tickets,
            @Reference AuditLog audit) {
        this.evaluations = evaluations;
        this.tickets = tickets;
        this.audit = audit;
    }

    @Override
    public Receipt enter(Actor actor, StaffEntry entry) {
        if (!actor.hasAnyRole(EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("entry.role"));
        }
        if (entry == null) {
            throw new ValidationException("ticket", MESSAGES.text("ticket.required"));
        }
        if (entry.channel() != Channel.PHONE && entry.channel() != Channel.HOTLINE && entry.channel() != Channel.CARD) {
            throw new ValidationException("channel", MESSAGES.text("entry.channel"));
        }
        EvaluationTicket t = tickets.verify(entry.ticket());
        if (!actor.reach().contains(t.unitId())) {
            throw new ValidationException("ticket", MESSAGES.text("entry.reach"));
        }
        EvaluationSubmission s = new EvaluationSubmission(t.unitId(), t.recordNo(), entry.level(), entry.channel(),
                t.windowNo(), t.staffNumber(), t.matterCode(), entry.comment(), entry.tags(), entry.citizenName(),
                entry.citizenPhone(), entry.indicators());
        Receipt receipt;
        try {
            // the entry is written in the evaluation's own transaction (the writer's batch): both or neither
            receipt = evaluations.submit(s, r -> audit.record(actor, "enter", AUDIT_TYPE, r.id(), null,
                    Map.of("unitId", t.unitId(), "recordNo", t.recordNo(), "channel", entry.channel().name())))
                    .toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        return receipt;
    }
}
