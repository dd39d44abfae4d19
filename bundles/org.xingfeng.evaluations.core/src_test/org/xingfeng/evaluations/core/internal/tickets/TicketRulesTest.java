package org.xingfeng.evaluations.core.internal.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;

/** 评价凭证: signed and verified, forged, tampered, expired and malformed tokens refused, drafts checked. */
class TicketRulesTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant EXPIRES = NOW.plusSeconds(7 * 86400);

    static EvaluationTicket ticket() {
        return TicketRules.sign(KEY, 42, "2026-000123", "MY0001", "3", "YB01-001", EXPIRES);
    }

    @Test
    void aSignedTicketVerifiesWithEveryField() {
        EvaluationTicket t = ticket();
        EvaluationTicket v = TicketRules.verify(KEY, t.token(), NOW);
        assertEquals(t, v);
        assertEquals(42, v.unitId());
        assertEquals("2026-000123", v.recordNo());
        assertEquals("MY0001", v.staffNumber());
        assertEquals("3", v.windowNo());
        assertEquals("YB01-001", v.matterCode());
        assertEquals(EXPIRES, v.expiresAt());
        assertTrue(t.token().matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe: " + t.token());
    }

    @Test
    void fieldsMayBeMissingOrHoldTheSeparator() {
        EvaluationTicket t = TicketRules.sign(KEY, 7, "A|B 号", null, " ", null, EXPIRES);
        EvaluationTicket v = TicketRules.verify(KEY, t.token(), NOW);
        assertEquals("A|B 号", v.recordNo());
        assertNull(v.staffNumber());
        assertNull(v.windowNo());
        assertNull(v.matterCode());
    }

    @Test
    void anotherKeysSignatureOrAChangedFieldIsForged() {
        EvaluationTicket t = ticket();
        assertEquals("ticket_invalid", code(() -> TicketRules.verify(OTHER_KEY, t.token(), NOW)));
        // the payload changed (another unit), the signature kept
        String payload = new String(Base64.getUrlDecoder().decode(t.token().split("\\.")[0]), StandardCharsets.UTF_8);
        String otherUnit = payload.replace("1|42|", "1|43|");
        assertNotEquals(payload, otherUnit);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherUnit.getBytes(StandardCharsets.UTF_8)) + "." + t.token().split("\\.")[1];
        assertEquals("ticket_invalid", code(() -> TicketRules.verify(KEY, forged, NOW)));
        // a later expiry, re-signed with another key
        EvaluationTicket longer = TicketRules.sign(OTHER_KEY, 42, "2026-000123", "MY0001", "3", "YB01-001",
                EXPIRES.plusSeconds(86400 * 365));
        assertEquals("ticket_invalid", code(() -> TicketRules.verify(KEY, longer.token(), NOW)));
    }

    @Test
    void onlyTheSpellingTheServerWroteVerifies() {
        EvaluationTicket t = ticket();
        String token = t.token();
        // 32 bytes of signature leave two unused bits in the last character: each value of them decodes alike
        char last = token.charAt(token.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int bits = alphabet.indexOf(last);
        for (int low = 0; low < 4; low++) {
            String other = token.substring(0, token.length() - 1) + alphabet.charAt((bits & ~3) | low);
            if (!other.equals(token)) {
                assertEquals("ticket_invalid", code(() -> TicketRules.verify(KEY, other, NOW)), other);
            }
        }
        assertEquals(t.recordNo(), TicketRules.verify(KEY, token, NOW).recordNo());
    }

    @Test
    void malformedTokensAreInvalidAndNoTokenIsRequired() {
        for (String bad : List.of("x", "a.b.c", ".abc", "abc.", "!!!.???", "a".repeat(2000) + ".b")) {
            assertEquals("ticket_invalid", code(() -> TicketRules.verify(KEY, bad, NOW)), bad);
        }
        assertEquals("ticket_required", code(() -> TicketRules.verify(KEY, null, NOW)));
        assertEquals("ticket_required", code(() -> TicketRules.verify(KEY, " ", NOW)));
    }

    @Test
    void anExpiredTicketIsRefused() {
        EvaluationTicket t = ticket();
        assertEquals(t.recordNo(), TicketRules.verify(KEY, t.token(), EXPIRES.minusSeconds(1)).recordNo());
        assertEquals("ticket_expired", code(() -> TicketRules.verify(KEY, t.token(), EXPIRES)));
        XingfengException e = assertThrows(XingfengException.class,
                () -> TicketRules.verify(KEY, t.token(), EXPIRES.plusSeconds(1)));
        assertEquals(400, e.status());
        assertEquals(List.of("ticket"), e.details().stream().map(FieldError::field).toList());
    }

    @Test
    void draftsNameTheirFields() {
        assertEquals(List.of(), TicketRules.check(new EvaluationTicketDraft(1L, "R1", "MY0001", "1", "M1", 7), 365));
        assertEquals(Set.of("unitId", "recordNo", "validDays"),
                fields(TicketRules.check(new EvaluationTicketDraft(null, " ", null, null, null, 0), 365)));
        assertEquals(Set.of("recordNo", "staffNumber", "matterCode", "validDays"),
                fields(TicketRules.check(new EvaluationTicketDraft(1L, "R".repeat(65), "S".repeat(33), null,
                        "bad\u0007", 366), 365)));
    }

    static String code(Runnable r) {
        return assertThrows(XingfengException.class, r::run).code();
    }

    static Set<String> fields(List<FieldError> errors) {
        Set<String> s = new TreeSet<>();
        errors.forEach(e -> s.add(e.field()));
        return s;
    }
}
