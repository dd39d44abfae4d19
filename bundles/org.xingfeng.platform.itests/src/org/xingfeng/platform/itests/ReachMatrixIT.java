package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.itests.ReachMatrix.Case;
import org.xingfeng.platform.itests.ReachMatrix.World;

/**
 * Every operation of the platform's runtime, run as county A's officers against county B's data and A's own. The
 * runtime lists its operations itself, so an endpoint without a case fails here the day it is added.
 */
class ReachMatrixIT {

    @Test
    void everyOperationKeepsCountyBOutOfCountyAsReach() {
        World w = new World(List.of());
        Map<String, Case> cases = PlatformReachCases.cases();
        Set<String> runtime = ReachMatrix.runtimeOperations(w.root);
        Set<String> missing = new TreeSet<>(runtime);
        missing.removeAll(cases.keySet());
        assertTrue(missing.isEmpty(), "operations without a reach case: " + missing);
        Set<String> stale = new TreeSet<>(cases.keySet());
        stale.removeAll(runtime);
        assertTrue(stale.isEmpty(), "reach cases of operations the runtime does not answer: " + stale);

        String before = ReachMatrix.snapshotOfB(w, PlatformReachCases.snapshotPaths(w));
        List<String> failures = ReachMatrix.run(w, cases);
        assertEquals(List.of(), failures);
        assertEquals(before, ReachMatrix.snapshotOfB(w, PlatformReachCases.snapshotPaths(w)),
                "refused calls changed county B's data");
    }
}
