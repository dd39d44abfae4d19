package org.xingfeng.evaluations.core.internal.tickets;

import static org.xingfeng.evaluations.core.internal.tickets.TicketRules.MESSAGES;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.evaluations.core.internal.EvaluationsDatabase;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * 评价凭证 signed with HMAC-SHA256. The key is made once (32 bytes from {@link SecureRandom}) and kept in the module's own
 * database (EVAL_TICKET_KEY), not in ConfigAdmin: every server of a city or province on the shared database then signs
 * and verifies with the same key without an operator copying a secret between installations, the key survives a
 * reinstall of the module or a new installation directory with the data, and it is not written beside the start
 * properties in the installation's configuration area (which operators copy and read). Whoever can read the database can
 * forge tickets, but could as well insert evaluations directly. Settings: PID {@value #PID}.
 */
@Component(configurationPid = EvaluationTicketServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EvaluationTicketServiceImpl.Config.class)
public class EvaluationTicketServiceImpl implements EvaluationTicketService {

    public static final String PID = "org.xingfeng.evaluations.tickets";
    static final String AUDIT_TYPE = "evaluations.ticket";
    static final int MAX_DAYS = 365;

    @ObjectClassDefinition(id = PID, name = "Evaluation tickets", description = "评价凭证: how long a ticket is valid")
    public @interface Config {

        @AttributeDefinition(name = "Valid days",
                description = "days a ticket stays valid unless the issuer asks fewer or more (1..365)")
        int evaluations_ticketDays() default 7;
    }

    private final EntityManagerFactory emf;
    private final OrgService org;
    private final AuditLog audit;
    private final BureauTime time;
    private final int defaultDays;
    private final byte[] key;

    @Activate
    public EvaluationTicketServiceImpl(@Reference EvaluationsDatabase database, @Reference OrgService org,
            @Reference AuditLog audit, @Reference BureauTime time, Config config) {
        if (config.evaluations_ticketDays() < 1 || config.evaluations_ticketDays() > MAX_DAYS) {
            throw new IllegalArgumentException(PID + ": evaluations.ticketDays must be 1-365");
        }
        this.emf = database.emf();
        this.org = org;
        this.audit = audit;
        this.time = time;
        this.defaultDays = config.evaluations_ticketDays();
        this.key = loadOrMakeKey();
    }

    /** The key from the database; made and stored by the first server that finds none (a second maker reads the first's). */
    private byte[] loadOrMakeKey() {
        Optional<byte[]> found = read();
        if (found.isPresent()) {
            return found.get();
        }
        byte[] fresh = new byte[TicketRules.KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            Jpa.run(emf, em -> {
                TicketKeyEntity e = new TicketKeyEntity();
                e.id = 1;
                e.key = Base64.getEncoder().encodeToString(fresh);
                e.createdAt = time.now();
                em.persist(e);
            });
        } catch (RuntimeException e) {
            return read().orElseThrow(() -> e);
        }
        return read().orElseThrow();
    }

    private Optional<byte[]> read() {
        return Jpa.read(emf, em -> Optional.ofNullable(em.find(TicketKeyEntity.class, 1))
                .map(k -> Base64.getDecoder().decode(k.key)));
    }

    @Override
    public EvaluationTicket issue(Actor actor, EvaluationTicketDraft draft) {
        if (!actor.hasAnyRole(ISSUER_ROLE, EvaluationService.OFFICER_ROLE, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("ticket.role"));
        }
        List<FieldError> errors = TicketRules.check(draft, MAX_DAYS);
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
        long unitId = draft.unitId();
        if (!actor.reach().contains(unitId) || org.unit(Actor.SYSTEM, unitId).isEmpty()) {
            throw new ValidationException("unitId", MESSAGES.text("ticket.unit.unknown", unitId));
        }
        if (draft.staffNumber() != null && !draft.staffNumber().isBlank()) {
            Optional<Staff> s = org.staffByNumber(Actor.SYSTEM, draft.staffNumber().strip());
            if (s.isEmpty() || s.get().unitId() != unitId) {
                throw new ValidationException("staffNumber",
                        MESSAGES.text("ticket.staff.unknown", draft.staffNumber().strip()));
            }
        }
        int days = draft.validDays() == null ? defaultDays : draft.validDays();
        Instant expires = time.now().plus(Duration.ofDays(days));
        EvaluationTicket ticket = TicketRules.sign(key, unitId, draft.recordNo().strip(), draft.staffNumber(),
                draft.windowNo(), draft.matterCode(), expires);
        if (actor != Actor.SYSTEM) { // a county's other handling system: who asked for which record
            audit.record(actor, "issue", AUDIT_TYPE, ticket.recordNo(), null,
                    new EvaluationTicket(null, ticket.unitId(), ticket.recordNo(), ticket.staffNumber(),
                            ticket.windowNo(), ticket.matterCode(), ticket.expiresAt()));
        }
        return ticket;
    }

    @Override
    public EvaluationTicket verify(String token) {
        return TicketRules.verify(key, token, time.now());
    }
}
