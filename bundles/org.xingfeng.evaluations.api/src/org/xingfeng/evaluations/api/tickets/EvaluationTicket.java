package org.xingfeng.evaluations.api.tickets;

import java.time.Instant;

/**
 * A signed evaluation ticket and what it vouches for: the unit, the handling record's number, the staff member (staff
 * number), the window number and the matter code (each may be null where the handling system does not know it), and
 * when it expires. {@code token} is what the citizen's page sends back with the evaluation (carried in the receipt's QR
 * code): the fields and a keyed signature (HMAC-SHA256) of them, URL-safe.
 */
public record EvaluationTicket(String token, long unitId, String recordNo, String staffNumber, String windowNo,
        String matterCode, Instant expiresAt) {
}
