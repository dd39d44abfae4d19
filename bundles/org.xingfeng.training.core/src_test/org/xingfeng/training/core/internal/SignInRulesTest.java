package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.training.api.signin.SignInDraft;
import org.xingfeng.training.api.signin.SignInState;

class SignInRulesTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aCodeSaysItsSessionAndExpiryAndNothingElseVerifies() {
        Instant expires = Instant.parse("2026-10-09T04:00:00Z");
        String code = SignInRules.sign(KEY, 4711, expires);
        assertTrue(code.length() < 60, code);
        assertEquals(new SignInRules.Verified(4711, expires), SignInRules.verify(KEY, code));
        assertEquals(new SignInRules.Verified(4711, expires), SignInRules.verify(KEY, " " + code + "\n"));

        String[] parts = code.split("\\.");
        String other = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1|4712|1791518400".getBytes(StandardCharsets.UTF_8));
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        for (String bad : List.of(other + "." + parts[1], parts[0] + "." + parts[1].substring(2),
                parts[0] + "x." + parts[1], SignInRules.sign(otherKey, 4711, expires), "a.b", "no-dot", "a.b.c",
                "<b>.x", "x".repeat(300) + ".y")) {
            XingfengException e = assertThrows(XingfengException.class, () -> SignInRules.verify(KEY, bad), bad);
            assertEquals("signin_code_invalid", e.code());
            assertEquals(400, e.status());
            assertEquals("code", e.details().get(0).field());
        }
        assertThrows(XingfengException.class, () -> SignInRules.verify(KEY, null));

        // the last character's two unused bits changed: decodes to the same signature, yet is not the code given out
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(code.charAt(code.length() - 1));
        String sibling = code.substring(0, code.length() - 1) + alphabet.charAt(last ^ 1);
        assertEquals("signin_code_invalid",
                assertThrows(XingfengException.class, () -> SignInRules.verify(KEY, sibling)).code());
    }

    @Test
    void aPayloadSignedButNotOursInShapeIsRefused() {
        byte[] payload = "2|4711|1791518400".getBytes(StandardCharsets.UTF_8);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(SignInRules.mac(KEY, payload));
        assertThrows(XingfengException.class, () -> SignInRules.verify(KEY, code));
    }

    @Test
    void signInOpensBeforeTheStartAndClosesAtTheEndInBureauTime() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Instant opens = SignInRules.opensAt(day, LocalTime.of(9, 0), SHANGHAI, 30);
        Instant closes = SignInRules.closesAt(day, LocalTime.of(12, 0), SHANGHAI);
        assertEquals(Instant.parse("2026-03-02T00:30:00Z"), opens); // 08:30 in Shanghai
        assertEquals(Instant.parse("2026-03-02T04:00:00Z"), closes);
        assertEquals(SignInState.NOT_YET, SignInRules.state(opens.minusSeconds(1), opens, closes));
        assertEquals(SignInState.OPEN, SignInRules.state(opens, opens, closes));
        assertEquals(SignInState.OPEN, SignInRules.state(closes.minusSeconds(1), opens, closes));
        assertEquals(SignInState.CLOSED, SignInRules.state(closes, opens, closes));
        assertEquals(0, SignInRules.minutesLate(opens, day, LocalTime.of(9, 0), SHANGHAI));
        assertEquals(0, SignInRules.minutesLate(Instant.parse("2026-03-02T01:00:59Z"), day, LocalTime.of(9, 0),
                SHANGHAI));
        assertEquals(17, SignInRules.minutesLate(Instant.parse("2026-03-02T01:17:30Z"), day, LocalTime.of(9, 0),
                SHANGHAI));
    }

    @Test
    void theDraftNamesEachMissingOrOverlongField() {
        assertEquals(List.of("code", "staffNumber", "name"),
                SignInRules.check(new SignInDraft(" ", null, "")).stream().map(FieldError::field).toList());
        assertEquals(List.of("staffNumber"),
                SignInRules.check(new SignInDraft("a.b", "1".repeat(33), "王芳")).stream().map(FieldError::field)
                        .toList());
        assertEquals(List.of("name"), SignInRules.check(new SignInDraft("a.b", "S1", "王\u0000芳")).stream()
                .map(FieldError::field).toList());
        assertEquals(List.of("code"), SignInRules.check(null).stream().map(FieldError::field).toList());
        assertEquals(List.of(), SignInRules.check(new SignInDraft("a.b", "S1", "王芳")));
    }

    @Test
    void namesCompareWithoutTheSpacesPhonesAdd() {
        assertTrue(SignInRules.sameName("王 芳", "王芳"));
        assertTrue(SignInRules.sameName(" 王\u3000芳 ", "王芳"));
        assertFalse(SignInRules.sameName("王方", "王芳"));
        assertFalse(SignInRules.sameName(null, "王芳"));
    }
}
