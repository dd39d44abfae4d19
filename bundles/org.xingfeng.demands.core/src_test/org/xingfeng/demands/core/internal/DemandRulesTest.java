package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.demands.api.demands.Assignment;
import org.xingfeng.demands.api.demands.DemandAction;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
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
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.XingfengException;

class DemandRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final List<DemandAction> FLOW = List.of(DemandAction.INSTRUCT, DemandAction.ASSIGN, DemandAction.HANDLE,
            DemandAction.REVIEW, DemandAction.REPLY, DemandAction.RATE, DemandAction.CLOSE);

    @Test
    void theWholeFlowFromRegisteredToClosed() {
        DemandState s = DemandState.REGISTERED;
        List<DemandState> seen = new java.util.ArrayList<>();
        for (DemandAction a : FLOW) {
            s = DemandRules.next(s, a, true);
            seen.add(s);
        }
        assertEquals(List.of(DemandState.INSTRUCTED, DemandState.ASSIGNED, DemandState.HANDLED, DemandState.REVIEWED,
                DemandState.REPLIED, DemandState.RATED, DemandState.CLOSED), seen);
    }

    @Test
    void aReturnedReviewGoesBackToTheSectionsAndADissatisfiedCitizenReopens() {
        assertEquals(DemandState.ASSIGNED, DemandRules.next(DemandState.HANDLED, DemandAction.REVIEW, false));
        assertEquals(DemandState.REOPENED, DemandRules.next(DemandState.REPLIED, DemandAction.RATE, false));
        assertEquals(DemandState.ASSIGNED, DemandRules.next(DemandState.REOPENED, DemandAction.ASSIGN, true));
    }

    /** Every (state, step) pair not in the table is a 409 naming the state; the table itself is checked whole. */
    @Test
    void everyOtherStepIsA409NamingTheState() {
        Map<DemandState, List<DemandAction>> allowed = new EnumMap<>(DemandState.class);
        allowed.put(DemandState.REGISTERED, List.of(DemandAction.INSTRUCT));
        allowed.put(DemandState.INSTRUCTED, List.of(DemandAction.ASSIGN));
        allowed.put(DemandState.ASSIGNED, List.of(DemandAction.HANDLE));
        allowed.put(DemandState.HANDLED, List.of(DemandAction.REVIEW));
        allowed.put(DemandState.REVIEWED, List.of(DemandAction.REPLY));
        allowed.put(DemandState.REPLIED, List.of(DemandAction.RATE));
        allowed.put(DemandState.RATED, List.of(DemandAction.CLOSE));
        allowed.put(DemandState.CLOSED, List.of());
        allowed.put(DemandState.REOPENED, List.of(DemandAction.ASSIGN));
        for (DemandState s : DemandState.values()) {
            assertEquals(allowed.get(s), DemandRules.allowed(s), s.name());
            for (DemandAction a : FLOW) {
                if (allowed.get(s).contains(a)) {
                    continue;
                }
                XingfengException e = assertThrows(XingfengException.class, () -> DemandRules.next(s, a, true),
                        s + " " + a);
                assertEquals(409, e.status());
                assertEquals("step_not_allowed", e.code());
                assertEquals(s.name(), e.details().get(0).message());
                assertTrue(e.getMessage().contains("“" + s.nameZh() + "”"), e.getMessage());
                String english = e.message(Locale.ENGLISH);
                assertTrue(english.contains("\"" + s.name().toLowerCase(Locale.ROOT) + "\""), english);
            }
        }
    }

    @Test
    void stepsBesideTheFlowNeedADemandStillWaitingForItsReply() {
        for (DemandState s : DemandState.values()) {
            if (s.open()) {
                DemandRules.requireOpen(s, DemandAction.REMIND);
            } else {
                assertEquals(409, assertThrows(XingfengException.class,
                        () -> DemandRules.requireOpen(s, DemandAction.EXTENSION_REQUEST)).status());
            }
        }
        assertEquals(Set.of(DemandState.REPLIED, DemandState.RATED, DemandState.CLOSED),
                Arrays.stream(DemandState.values()).filter(s -> !s.open())
                        .collect(java.util.stream.Collectors.toSet()));
    }

    static Actor actor(String... roles) {
        return new Actor(7, "u", Set.of(roles), Reach.EVERYWHERE);
    }

    @Test
    void eachStepNeedsItsRoleAndTheAdministratorMayTakeAll() {
        Map<String, List<DemandAction>> byRole = Map.of(DemandsRoles.OFFICER,
                List.of(DemandAction.REGISTER, DemandAction.REPLY, DemandAction.RATE, DemandAction.CLOSE,
                        DemandAction.LINK_DUPLICATE),
                DemandsRoles.HEAD, List.of(DemandAction.INSTRUCT), DemandsRoles.COORDINATOR,
                List.of(DemandAction.ASSIGN, DemandAction.EXTENSION_DECISION, DemandAction.REMIND,
                        DemandAction.ESCALATE),
                DemandsRoles.HANDLER,
                List.of(DemandAction.HANDLE, DemandAction.REVIEW, DemandAction.EXTENSION_REQUEST));
        for (DemandAction a : DemandAction.values()) {
            DemandRules.requireRole(actor("admin"), a);
            for (var e : byRole.entrySet()) {
                if (e.getValue().contains(a)) {
                    DemandRules.requireRole(actor(e.getKey()), a);
                } else {
                    assertThrows(ForbiddenException.class, () -> DemandRules.requireRole(actor(e.getKey()), a),
                            e.getKey() + " " + a);
                }
            }
        }
        assertEquals(DemandAction.values().length, byRole.values().stream().mapToInt(List::size).sum());
        assertThrows(ForbiddenException.class, () -> DemandRules.requireReader(actor("staff")));
        DemandRules.requireReader(actor("auditor"));
    }

    @Test
    void onlyOfficersAndHandlersSeeTheCitizenInClear() {
        assertTrue(DemandRules.clear(actor(DemandsRoles.OFFICER)));
        assertTrue(DemandRules.clear(actor(DemandsRoles.HANDLER)));
        assertFalse(DemandRules.clear(actor(DemandsRoles.HEAD)));
        assertFalse(DemandRules.clear(actor(DemandsRoles.COORDINATOR)));
        assertFalse(DemandRules.clear(actor("admin")));
        assertFalse(DemandRules.clear(actor("auditor")));
    }

    static DemandDraft draft(String phone, String idNumber, LocalDate received) {
        return new DemandDraft(DemandChannel.HOTLINE_12345, 1L, "张三", phone, idNumber, "医保卡补办", DemandCategory.HELP,
                "医保卡丢失，如何补办？", received, "12345-0001", null);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftNamesEveryBadField() {
        assertEquals(List.of(), fields(DemandRules.check(draft("13812341234", "51070319800101123X", TODAY), TODAY)));
        assertEquals(List.of("citizenPhone", "citizenIdNumber"),
                fields(DemandRules.check(draft("138-abc", "1234", TODAY), TODAY)));
        assertEquals(List.of("receivedDate"), fields(DemandRules.check(draft(null, null, TODAY.plusDays(1)), TODAY)));
        assertEquals(List.of("receivedDate"),
                fields(DemandRules.check(draft(null, null, LocalDate.of(1999, 12, 31)), TODAY)));
        assertEquals(List.of("channel", "unitId", "category", "topic", "text", "receivedDate"), fields(DemandRules
                .check(new DemandDraft(null, null, null, null, null, " ", null, null, null, null, null), TODAY)));
        assertEquals(List.of("body"), fields(DemandRules.check(null, TODAY)));
        assertEquals(List.of("topic", "text"),
                fields(DemandRules.check(new DemandDraft(DemandChannel.LETTER, 1L, null, null, null, "x".repeat(201),
                        DemandCategory.PRAISE, "y".repeat(4001), TODAY, null, null), TODAY)));
    }

    @Test
    void stepInputsNameTheirFields() {
        assertEquals(List.of("text"), fields(DemandRules.check(new StepText(" "))));
        assertEquals(List.of("text"), fields(DemandRules.check((StepText) null)));
        assertEquals(List.of(), fields(DemandRules.checkOptional(null)));
        assertEquals(List.of("leadSectionId"), fields(DemandRules.check(new Assignment(null, List.of(), null))));
        assertEquals(List.of("handlingSectionIds"),
                fields(DemandRules.check(new Assignment(1L, Arrays.asList(2L, null), null))));
        assertEquals(List.of(3L, 2L), DemandRules.handlingSections(new Assignment(1L, List.of(3L, 1L, 2L, 3L), null)));
        assertEquals(List.of("approved"), fields(DemandRules.check(new Review(null, null))));
        assertEquals(List.of("note"), fields(DemandRules.check(new Review(false, " "))), "a return says why");
        assertEquals(List.of(), fields(DemandRules.check(new Review(true, null))));
        assertEquals(List.of("satisfied"), fields(DemandRules.check(new Satisfaction(null, "x"))));
        assertEquals(List.of("days", "reason"), fields(DemandRules.check(new ExtensionRequest(0, ""))));
        assertEquals(List.of("days"), fields(DemandRules.check(new ExtensionRequest(61, "材料待补"))));
        assertEquals(List.of("days", "reason"), fields(DemandRules.check((ExtensionRequest) null)));
        assertEquals(List.of("approved"), fields(DemandRules.check(new ExtensionDecision(null, null))));
    }

    @Test
    void onlyTheLeadSectionReviews() {
        assertTrue(DemandRules.inLeadSection(7L, 7L));
        assertFalse(DemandRules.inLeadSection(8L, 7L), "a handling section is not the lead section");
        assertFalse(DemandRules.inLeadSection(null, 7L), "staff without a section");
        assertFalse(DemandRules.inLeadSection(7L, null), "not assigned yet");
        assertEquals("DMD-42-2", DemandRules.evaluationRecordNo(42, 2));
    }
}
