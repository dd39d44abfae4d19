package org.xingfeng.platform.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * The audit log's hash chain, pure: an entry's hash is SHA-256 over the hash before it and the entry's content, each
 * field written with its length (so no two contents write alike), time in milliseconds as stored.
 */
final class AuditChain {

    /** The hash before a chain's first entry. */
    static final String START = "";

    private AuditChain() {
    }

    /** An entry as stored: what the hash covers. */
    record Content(long id, Instant at, long userId, Long unitId, String username, String action, String entityType,
            String entityId, String before, String after) {
    }

    static String hash(String previous, Content c) {
        StringBuilder b = new StringBuilder(256);
        field(b, previous);
        field(b, Long.toString(c.id()));
        field(b, Long.toString(c.at().toEpochMilli()));
        field(b, Long.toString(c.userId()));
        field(b, c.unitId() == null ? null : c.unitId().toString());
        field(b, c.username());
        field(b, c.action());
        field(b, c.entityType());
        field(b, c.entityId());
        field(b, c.before());
        field(b, c.after());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-1:");
        } else {
            b.append(value.length()).append(':').append(value);
        }
        b.append('|');
    }

    /**
     * Walks a chain in id order and keeps what {@code AuditReader.verify} reports: the first entry where the chain
     * breaks (that entry altered, or deleted: "missing"; an entry whose hash was recomputed after a change breaks the
     * chain at the entry after it), overall and among the entries the caller may see ({@code visible}: a missing
     * entry tells nothing and is named to all).
     */
    static final class Walk {
        private final Predicate<Long> visible;
        private String previous;
        private long expectedId;
        private Long lastUnit;
        long checked;
        long problems;
        Long firstId;
        Long firstVisibleId;
        String firstVisibleProblem;

        Walk(long firstId, String startHash, Predicate<Long> visible) {
            this.expectedId = firstId;
            this.previous = startHash;
            this.visible = visible;
        }

        /** One stored entry with its stored hash, in id order. */
        void next(Content c, String storedHash) {
            checked++;
            if (c.id() != expectedId) { // the entries from expectedId up to this one were deleted
                problem(expectedId, "missing", true);
            } else if (storedHash == null || !hash(previous, c).equals(storedHash)) {
                problem(c.id(), "altered", visible.test(c.unitId()));
            }
            previous = storedHash == null ? "" : storedHash;
            lastUnit = c.unitId();
            expectedId = c.id() + 1;
        }

        /** The head says the chain ends at {@code lastId} with {@code lastHash}. */
        void end(long lastId, String lastHash) {
            if (expectedId <= lastId) {
                problem(expectedId, "missing", true);
            } else if (checked > 0 && !previous.equals(lastHash)) {
                problem(expectedId - 1, "altered", visible.test(lastUnit));
            }
        }

        boolean intact() {
            return problems == 0;
        }

        private void problem(long id, String what, boolean shown) {
            problems++;
            if (firstId == null) {
                firstId = id;
            }
            if (shown && firstVisibleId == null) {
                firstVisibleId = id;
                firstVisibleProblem = what;
            }
        }
    }
}
