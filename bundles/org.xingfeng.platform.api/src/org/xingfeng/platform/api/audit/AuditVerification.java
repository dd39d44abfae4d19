package org.xingfeng.platform.api.audit;

/**
 * What {@link AuditReader#verify} found: the log's entries are chained, each entry's hash taken over its content and
 * the hash before it, so an entry altered or deleted in the database breaks the chain from there on.
 *
 * @param intact             every entry from the first chained one to the chain's head checks out
 * @param checked            how many entries were checked
 * @param firstAltered       the id of the first entry that does not check out (altered, or missing when deleted),
 *                           if it is in the caller's reach; null when the chain is intact or the entry is outside it
 * @param problem            {@code altered} or {@code missing} for {@code firstAltered}; null otherwise
 * @param problems           how many entries do not check out, in the whole chain
 * @param brokenOutsideReach an entry outside the caller's reach does not check out (it is not named)
 */
public record AuditVerification(boolean intact, long checked, Long firstAltered, String problem, long problems,
        boolean brokenOutsideReach) {
}
