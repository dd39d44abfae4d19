package org.xingfeng.demands.core.internal;

import static org.xingfeng.demands.core.internal.DemandsText.MESSAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Assignment;
import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.ExtensionDecision;
import org.xingfeng.demands.api.demands.ExtensionRequest;
import org.xingfeng.demands.api.demands.Review;
import org.xingfeng.demands.api.demands.Satisfaction;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.security.Roles;

/**
 * The demand rules that need no database: the state machine of the steps (which step each state allows, and where it
 * leads), who may take each step, and the form of every input. A step the state does not allow is a 409
 * {@code step_not_allowed} naming the state and the step.
 *
 * <pre>
 * REGISTERED --INSTRUCT--> INSTRUCTED --ASSIGN--> ASSIGNED --HANDLE--> HANDLED --REVIEW(approved)--> REVIEWED
 * HANDLED --REVIEW(returned)--> ASSIGNED;  REVIEWED --REPLY--> REPLIED
 * REPLIED --RATE(satisfied)--> RATED --CLOSE--> CLOSED;  REPLIED --RATE(not satisfied)--> REOPENED --ASSIGN--> ASSIGNED
 * </pre>
 */
final class DemandRules {

    static final int TOPIC_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 40;
    static final int ID_NUMBER_MAX = 18;
    static final int EXTERNAL_NO_MAX = 60;
    static final int ADDRESS_MAX = 300;
    static final int STEP_TEXT_MAX = 4000;
    static final int HANDLING_SECTIONS_MAX = 20;
    static final int EXTENSION_DAYS_MAX = 60;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private DemandRules() {
    }

    /**
     * The state after {@code action} in {@code state}; {@code positive} is the review's approval or the citizen's
     * satisfaction (ignored by the other steps).
     *
     * @throws XingfengException 409 {@code step_not_allowed} when the state does not allow the step
     */
    static DemandState next(DemandState state, DemandAction action, boolean positive) {
        DemandState next = switch (action) {
            case INSTRUCT -> state == DemandState.REGISTERED ? DemandState.INSTRUCTED : null;
            case ASSIGN ->
                state == DemandState.INSTRUCTED || state == DemandState.REOPENED ? DemandState.ASSIGNED : null;
            case HANDLE -> state == DemandState.ASSIGNED ? DemandState.HANDLED : null;
            case REVIEW ->
                state == DemandState.HANDLED ? (positive ? DemandState.REVIEWED : DemandState.ASSIGNED) : null;
            case REPLY -> state == DemandState.REVIEWED ? DemandState.REPLIED : null;
            case RATE -> state == DemandState.REPLIED ? (positive ? DemandState.RATED : DemandState.REOPENED) : null;
            case CLOSE -> state == DemandState.RATED ? DemandState.CLOSED : null;
            default -> throw new IllegalArgumentException(action + " does not move a demand");
        };
        if (next == null) {
            throw notAllowed(state, action);
        }
        return next;
    }

    /** The steps that move the demand from {@code state}, in the order of the flow. */
    static List<DemandAction> allowed(DemandState state) {
        List<DemandAction> allowed = new ArrayList<>();
        for (DemandAction a : List.of(DemandAction.INSTRUCT, DemandAction.ASSIGN, DemandAction.HANDLE,
                DemandAction.REVIEW, DemandAction.REPLY, DemandAction.RATE, DemandAction.CLOSE)) {
            try {
                next(state, a, true);
                allowed.add(a);
            } catch (XingfengException e) {
                // not allowed
            }
        }
        return allowed;
    }

    /** Extension requests, reminders and escalations: only while the reply is still due and not linked elsewhere. */
    static void requireOpen(DemandState state, DemandAction action) {
        if (!state.open()) {
            throw notAllowed(state, action);
        }
    }

    static XingfengException notAllowed(DemandState state, DemandAction action) {
        return new XingfengException(409, "step_not_allowed",
                MESSAGES.text("step.not_allowed", DemandsText.of(state), DemandsText.of(action)),
                List.of(new FieldError("state", 0, state.name())));
    }

    /** The roles that may take a step ({@code admin} may take every step). */
    static String role(DemandAction action) {
        return switch (action) {
            case REGISTER, REPLY, RATE, CLOSE, LINK_DUPLICATE -> DemandsRoles.OFFICER;
            case INSTRUCT -> DemandsRoles.HEAD;
            case ASSIGN, EXTENSION_DECISION, REMIND, ESCALATE -> DemandsRoles.COORDINATOR;
            case HANDLE, REVIEW, EXTENSION_REQUEST -> DemandsRoles.HANDLER;
        };
    }

    static void requireRole(Actor actor, DemandAction action) {
        String role = role(action);
        if (!actor.hasAnyRole(role, Roles.ADMIN)) {
            throw new ForbiddenException(MESSAGES.text("role.step", DemandsText.of(action), role));
        }
    }

    private static final String[] READERS = { DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR,
            DemandsRoles.HANDLER, Roles.AUDITOR, Roles.ADMIN };

    static void requireReader(Actor actor) {
        if (!actor.hasAnyRole(READERS)) {
            throw new ForbiddenException(MESSAGES.text("role.reader"));
        }
    }

    /** 牵头审核: the reviewer's section (null: none) must be the demand's lead section. */
    static boolean inLeadSection(Long reviewerSection, Long leadSectionId) {
        return reviewerSection != null && reviewerSection.equals(leadSectionId);
    }

    /** The handling record number of a demand's round in the evaluations module (one evaluation per round). */
    static String evaluationRecordNo(long demandId, int round) {
        return "DMD-" + demandId + "-" + round;
    }

    /** Who sees the citizen's name, telephone and identity number in clear: officers and handlers, whose work needs it. */
    static boolean clear(Actor actor) {
        return actor.hasAnyRole(DemandsRoles.OFFICER, DemandsRoles.HANDLER);
    }

    /** What is wrong with a draft on its face (the unit is checked by the service). */
    static List<FieldError> check(DemandDraft d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("body", MESSAGES.text("field.body")));
            return errors;
        }
        required(errors, "channel", d.channel());
        required(errors, "unitId", d.unitId());
        required(errors, "category", d.category());
        if (required(errors, "topic", d.topic())) {
            length(errors, "topic", d.topic(), TOPIC_MAX);
        }
        if (required(errors, "text", d.text())) {
            length(errors, "text", d.text(), TEXT_MAX);
        }
        length(errors, "citizenName", d.citizenName(), NAME_MAX);
        if (d.citizenPhone() != null && !d.citizenPhone().isBlank()
                && !d.citizenPhone().strip().matches("[0-9+\\- ]{3," + PHONE_MAX + "}")) {
            errors.add(FieldError.of("citizenPhone", MESSAGES.text("field.phone")));
        }
        if (d.citizenIdNumber() != null && !d.citizenIdNumber().isBlank()
                && !d.citizenIdNumber().strip().matches("[0-9]{17}[0-9Xx]|[0-9]{15}")) {
            errors.add(FieldError.of("citizenIdNumber", MESSAGES.text("field.idNumber")));
        }
        length(errors, "externalNo", d.externalNo(), EXTERNAL_NO_MAX);
        length(errors, "address", d.address(), ADDRESS_MAX);
        if (required(errors, "receivedDate", d.receivedDate())) {
            if (d.receivedDate().isAfter(today)) {
                errors.add(FieldError.of("receivedDate", MESSAGES.text("field.future")));
            } else if (d.receivedDate().isBefore(EARLIEST)) {
                errors.add(FieldError.of("receivedDate", MESSAGES.text("field.before2000")));
            }
        }
        return errors;
    }

    static List<FieldError> check(StepText t) {
        List<FieldError> errors = new ArrayList<>();
        if (required(errors, "text", t == null ? null : t.text())) {
            length(errors, "text", t.text(), STEP_TEXT_MAX);
        }
        return errors;
    }

    /** A note that may be left out (reminders, escalations, a closing). */
    static List<FieldError> checkOptional(StepText t) {
        List<FieldError> errors = new ArrayList<>();
        length(errors, "text", t == null ? null : t.text(), STEP_TEXT_MAX);
        return errors;
    }

    /** The form of an assignment; the sections' unit is checked by the service. Handling sections come back distinct. */
    static List<FieldError> check(Assignment a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            errors.add(FieldError.of("leadSectionId", MESSAGES.text("field.required")));
            return errors;
        }
        required(errors, "leadSectionId", a.leadSectionId());
        if (a.handlingSectionIds() != null) {
            if (a.handlingSectionIds().size() > HANDLING_SECTIONS_MAX) {
                errors.add(FieldError.of("handlingSectionIds",
                        MESSAGES.text("field.tooMany", HANDLING_SECTIONS_MAX)));
            }
            for (int i = 0; i < a.handlingSectionIds().size(); i++) {
                if (a.handlingSectionIds().get(i) == null) {
                    errors.add(FieldError.at("handlingSectionIds", i, MESSAGES.text("field.required")));
                }
            }
        }
        length(errors, "note", a.note(), STEP_TEXT_MAX);
        return errors;
    }

    /** The handling sections without the lead section and without repeats, in the order given. */
    static List<Long> handlingSections(Assignment a) {
        Set<Long> ids = new LinkedHashSet<>();
        if (a.handlingSectionIds() != null) {
            ids.addAll(a.handlingSectionIds());
        }
        ids.remove(a.leadSectionId());
        return List.copyOf(ids);
    }

    static List<FieldError> check(Review r) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "approved", r == null ? null : r.approved());
        if (r != null && Boolean.FALSE.equals(r.approved())) {
            required(errors, "note", r.note()); // a returned handling says why
        }
        length(errors, "note", r == null ? null : r.note(), STEP_TEXT_MAX);
        return errors;
    }

    static List<FieldError> check(Satisfaction s) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "satisfied", s == null ? null : s.satisfied());
        length(errors, "remark", s == null ? null : s.remark(), STEP_TEXT_MAX);
        return errors;
    }

    static List<FieldError> check(ExtensionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (required(errors, "days", r == null ? null : r.days())
                && (r.days() < 1 || r.days() > EXTENSION_DAYS_MAX)) {
            errors.add(FieldError.of("days", MESSAGES.text("field.range", 1, EXTENSION_DAYS_MAX)));
        }
        if (required(errors, "reason", r == null ? null : r.reason())) {
            length(errors, "reason", r.reason(), STEP_TEXT_MAX);
        }
        return errors;
    }

    static List<FieldError> check(ExtensionDecision d) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "approved", d == null ? null : d.approved());
        length(errors, "note", d == null ? null : d.note(), STEP_TEXT_MAX);
        return errors;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ValidationException.of(errors);
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean required(List<FieldError> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(FieldError.of(field, MESSAGES.text("field.required")));
            return false;
        }
        return true;
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(FieldError.of(field, MESSAGES.text("field.tooLong", max)));
        }
    }
}
