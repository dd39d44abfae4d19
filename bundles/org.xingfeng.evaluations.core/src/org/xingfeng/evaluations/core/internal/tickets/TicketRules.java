package org.xingfeng.evaluations.core.internal.tickets;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * 评价凭证 without JPA: a ticket's token is {@code base64url(payload) "." base64url(HMAC-SHA256(key, payload))}, the payload
 * {@code 1|unitId|recordNo|staffNumber|windowNo|matterCode|expiresEpochSecond} with each text URL-encoded (so no field
 * can hold the separator). Verifying recomputes the signature over the payload as received and compares in constant
 * time, then checks the expiry against the clock given.
 */
public final class TicketRules {

    static final Messages MESSAGES = Messages.of(TicketRules.class);
    static final String ALGORITHM = "HmacSHA256";
    static final int KEY_BYTES = 32;
    /** A token longer than this is not ours (the fields' limits keep ours far below it). */
    static final int TOKEN_MAX = 1000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private TicketRules() {
    }

    static List<FieldError> check(EvaluationTicketDraft d, int maxDays) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("ticket.field.required")));
            return errors;
        }
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("ticket.field.required")));
        }
        text(errors, "recordNo", d.recordNo(), 64, true);
        text(errors, "staffNumber", d.staffNumber(), 32, false);
        text(errors, "windowNo", d.windowNo(), 32, false);
        text(errors, "matterCode", d.matterCode(), 64, false);
        if (d.validDays() != null && (d.validDays() < 1 || d.validDays() > maxDays)) {
            errors.add(FieldError.of("validDays", MESSAGES.text("ticket.validDays", maxDays)));
        }
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, MESSAGES.text("ticket.field.required")));
            }
        } else if (value.strip().length() > max || CONTROL.matcher(value).find()) {
            errors.add(FieldError.of(field, MESSAGES.text("ticket.field.length", max)));
        }
    }

    /** The ticket for these fields, signed with {@code key}. */
    public static EvaluationTicket sign(byte[] key, long unitId, String recordNo, String staffNumber, String windowNo,
            String matterCode, Instant expiresAt) {
        Instant expires = Instant.ofEpochSecond(expiresAt.getEpochSecond());
        String payload = String.join("|", "1", Long.toString(unitId), enc(recordNo), enc(staffNumber), enc(windowNo),
                enc(matterCode), Long.toString(expires.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        String token = B64.encodeToString(bytes) + "." + B64.encodeToString(mac(key, bytes));
        return new EvaluationTicket(token, unitId, recordNo, blankToNull(staffNumber), blankToNull(windowNo),
                blankToNull(matterCode), expires);
    }

    /**
     * The ticket the token stands for: a 400 {@code ticket_required} without one, {@code ticket_invalid} when it is
     * malformed or its signature is not this key's, {@code ticket_expired} after its expiry.
     */
    public static EvaluationTicket verify(byte[] key, String token, Instant now) {
        if (token == null || token.isBlank()) {
            throw problem("ticket_required", "ticket.required");
        }
        String t = token.strip();
        int dot = t.indexOf('.');
        if (t.length() > TOKEN_MAX || dot <= 0 || dot != t.lastIndexOf('.')) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = B64D.decode(t.substring(0, dot));
            signature = B64D.decode(t.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        // The decoder ignores a last character's unused bits: only the one spelling the server wrote is the ticket
        if (!t.equals(B64.encodeToString(payload) + "." + B64.encodeToString(signature))) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        if (!MessageDigest.isEqual(mac(key, payload), signature)) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (f.length != 7 || !"1".equals(f[0])) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        EvaluationTicket ticket;
        try {
            ticket = new EvaluationTicket(t, Long.parseLong(f[1]), dec(f[2]), dec(f[3]), dec(f[4]), dec(f[5]),
                    Instant.ofEpochSecond(Long.parseLong(f[6])));
        } catch (IllegalArgumentException e) {
            throw problem("ticket_invalid", "ticket.invalid");
        }
        if (!now.isBefore(ticket.expiresAt())) {
            throw problem("ticket_expired", "ticket.expired");
        }
        return ticket;
    }

    static XingfengException problem(String code, String key) {
        return new XingfengException(400, code, MESSAGES.text(key),
                List.of(FieldError.of("ticket", MESSAGES.text(key))));
    }

    static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String enc(String s) {
        return s == null || s.isBlank() ? "" : URLEncoder.encode(s.strip(), StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return s.isEmpty() ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
