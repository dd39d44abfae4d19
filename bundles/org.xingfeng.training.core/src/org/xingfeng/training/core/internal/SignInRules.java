package org.xingfeng.training.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.training.api.signin.SignInDraft;
import org.xingfeng.training.api.signin.SignInState;

/**
 * 扫码签到 without JPA. A code is {@code base64url("1|sessionId|expiresEpochSecond") "." base64url(first 16 bytes of
 * HMAC-SHA256(key, payload))}: short enough for a QR code a phone reads from across a room, and forged only by whoever
 * holds the key. Sign-in opens some minutes before the session starts and closes when it ends (bureau time).
 */
final class SignInRules {

    static final Messages MESSAGES = Messages.of(SignInRules.class);
    static final String ALGORITHM = "HmacSHA256";
    static final int KEY_BYTES = 32;
    static final int MAC_BYTES = 16;
    static final int CODE_MAX = 200;
    static final int NUMBER_MAX = 32;
    static final int NAME_MAX = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** What a valid code says. */
    record Verified(long sessionId, Instant expiresAt) {
    }

    private SignInRules() {
    }

    static String sign(byte[] key, long sessionId, Instant expiresAt) {
        byte[] payload = ("1|" + sessionId + "|" + expiresAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(key, payload));
    }

    /** The session and expiry of a code of this key, or 400 {@code signin_code_invalid} naming {@code code}. */
    static Verified verify(byte[] key, String code) {
        if (code == null || code.isBlank()) {
            throw invalid();
        }
        String c = code.strip();
        if (c.length() > CODE_MAX || !CODE.matcher(c).matches()) {
            throw invalid();
        }
        int dot = c.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = B64D.decode(c.substring(0, dot));
            signature = B64D.decode(c.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // The decoder ignores a last character's unused bits: only the spelling the server wrote is the code
        if (!c.equals(B64.encodeToString(payload) + "." + B64.encodeToString(signature))) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(key, payload), signature)) {
            throw invalid();
        }
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (f.length != 3 || !"1".equals(f[0])) {
            throw invalid();
        }
        try {
            return new Verified(Long.parseLong(f[1]), Instant.ofEpochSecond(Long.parseLong(f[2])));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static XingfengException invalid() {
        return new XingfengException(400, "signin_code_invalid", MESSAGES.text("signin.code_invalid"),
                List.of(FieldError.of("code", MESSAGES.text("signin.code_invalid"))));
    }

    static Instant opensAt(LocalDate day, LocalTime startsAt, ZoneId zone, int earlyMinutes) {
        return day.atTime(startsAt).atZone(zone).toInstant().minus(Duration.ofMinutes(earlyMinutes));
    }

    static Instant closesAt(LocalDate day, LocalTime endsAt, ZoneId zone) {
        return day.atTime(endsAt).atZone(zone).toInstant();
    }

    static SignInState state(Instant now, Instant opensAt, Instant closesAt) {
        if (now.isBefore(opensAt)) {
            return SignInState.NOT_YET;
        }
        return now.isBefore(closesAt) ? SignInState.OPEN : SignInState.CLOSED;
    }

    /** Whole minutes after the session's start (0 when on time or early). */
    static int minutesLate(Instant now, LocalDate day, LocalTime startsAt, ZoneId zone) {
        long m = Duration.between(day.atTime(startsAt).atZone(zone).toInstant(), now).toMinutes();
        return (int) Math.max(0, m);
    }

    static List<FieldError> check(SignInDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("code", MESSAGES.text("signin.required")));
            return errors;
        }
        if (d.code() == null || d.code().isBlank()) {
            errors.add(FieldError.of("code", MESSAGES.text("signin.required")));
        }
        text(errors, "staffNumber", d.staffNumber(), NUMBER_MAX);
        text(errors, "name", d.name(), NAME_MAX);
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, MESSAGES.text("signin.required")));
        } else if (value.strip().length() > max || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(field, MESSAGES.text("signin.too_long", max)));
        }
    }

    /** Names compared as people type them on a phone: spaces (also full-width) do not count. */
    static boolean sameName(String typed, String name) {
        return typed != null && name != null
                && SPACE.matcher(typed).replaceAll("").equals(SPACE.matcher(name).replaceAll(""));
    }

    static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
