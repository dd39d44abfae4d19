package org.xingfeng.platform.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-22T01:30:00.123Z");

    private static AuditChain.Content entry(long id, Long unit, String after) {
        return new AuditChain.Content(id, AT, 7, unit, "admin", "update", "org.unit", "42", null, after);
    }

    /** Entries 10.. with their hashes chained as the log writes them. */
    private static List<String> chain(List<AuditChain.Content> entries) {
        List<String> hashes = new ArrayList<>();
        String previous = AuditChain.START;
        for (AuditChain.Content c : entries) {
            previous = AuditChain.hash(previous, c);
            hashes.add(previous);
        }
        return hashes;
    }

    private static AuditChain.Walk walk(List<AuditChain.Content> entries, List<String> hashes, long lastId,
            String lastHash, java.util.function.Predicate<Long> visible) {
        AuditChain.Walk w = new AuditChain.Walk(10, AuditChain.START, visible);
        for (int i = 0; i < entries.size(); i++) {
            w.next(entries.get(i), hashes.get(i));
        }
        w.end(lastId, lastHash);
        return w;
    }

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        AuditChain.Content c = entry(10, 3L, "{\"a\":1}");
        String h = AuditChain.hash("", c);
        assertEquals(64, h.length());
        assertEquals(h, AuditChain.hash("", entry(10, 3L, "{\"a\":1}")));
        assertNotEquals(h, AuditChain.hash("x", c));
        assertNotEquals(h, AuditChain.hash("", entry(11, 3L, "{\"a\":1}")));
        assertNotEquals(h, AuditChain.hash("", entry(10, null, "{\"a\":1}")));
        assertNotEquals(h, AuditChain.hash("", entry(10, 3L, "{\"a\":2}")));
        assertNotEquals(h, AuditChain.hash("", entry(10, 3L, null)));
        // moving text from one field to the next is not the same content
        assertNotEquals(AuditChain.hash("", new AuditChain.Content(1, AT, 1, null, "ab", "c", "t", null, null, null)),
                AuditChain.hash("", new AuditChain.Content(1, AT, 1, null, "a", "bc", "t", null, null, null)));
    }

    @Test
    void anIntactChainChecksOut() {
        List<AuditChain.Content> entries = List.of(entry(10, 3L, "a"), entry(11, 4L, "b"), entry(12, null, "c"));
        List<String> hashes = chain(entries);
        AuditChain.Walk w = walk(entries, hashes, 12, hashes.get(2), u -> true);
        assertTrue(w.intact());
        assertEquals(3, w.checked);
        assertNull(w.firstVisibleId);
    }

    @Test
    void theFirstAlteredEntryIsNamedToThoseWhoSeeIt() {
        List<AuditChain.Content> entries = new ArrayList<>(
                List.of(entry(10, 3L, "a"), entry(11, 4L, "b"), entry(12, 4L, "c")));
        List<String> hashes = chain(entries);
        entries.set(0, entry(10, 3L, "forged"));
        entries.set(2, entry(12, 4L, "forged"));
        AuditChain.Walk all = walk(entries, hashes, 12, hashes.get(2), u -> true);
        assertFalse(all.intact());
        assertEquals(2, all.problems);
        assertEquals(10L, all.firstVisibleId);
        assertEquals("altered", all.firstVisibleProblem);
        AuditChain.Walk county = walk(entries, hashes, 12, hashes.get(2), u -> u != null && u == 4L);
        assertEquals(10L, county.firstId);
        assertEquals(12L, county.firstVisibleId, "the first altered entry the county's auditor may see");
    }

    @Test
    void aDeletedEntryAndACutTailAreMissing() {
        List<AuditChain.Content> entries = List.of(entry(10, 3L, "a"), entry(11, 3L, "b"), entry(12, 3L, "c"));
        List<String> hashes = chain(entries);
        AuditChain.Walk gap = walk(List.of(entries.get(0), entries.get(2)), List.of(hashes.get(0), hashes.get(2)), 12,
                hashes.get(2), u -> false);
        assertEquals(11L, gap.firstVisibleId, "a missing entry tells nothing and is named to all");
        assertEquals("missing", gap.firstVisibleProblem);
        assertEquals(1, gap.problems);
        AuditChain.Walk cut = walk(entries.subList(0, 2), hashes.subList(0, 2), 12, hashes.get(2), u -> true);
        assertEquals(12L, cut.firstVisibleId);
        assertEquals("missing", cut.firstVisibleProblem);
    }

    @Test
    void aRecomputedHashBreaksTheChainAtTheNextEntry() {
        List<AuditChain.Content> entries = new ArrayList<>(
                List.of(entry(10, 3L, "a"), entry(11, 3L, "b"), entry(12, 3L, "c")));
        List<String> hashes = new ArrayList<>(chain(entries));
        entries.set(1, entry(11, 3L, "forged"));
        hashes.set(1, AuditChain.hash(hashes.get(0), entries.get(1)));
        AuditChain.Walk w = walk(entries, hashes, 12, hashes.get(2), u -> true);
        assertEquals(12L, w.firstVisibleId);
    }
}
