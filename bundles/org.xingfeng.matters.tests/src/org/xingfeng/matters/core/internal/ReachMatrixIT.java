package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.itests.PlatformReachCases;
import org.xingfeng.platform.itests.ReachMatrix;
import org.xingfeng.platform.itests.ReachMatrix.Case;
import org.xingfeng.platform.itests.ReachMatrix.World;

/**
 * Every operation of the matters runtime (the platform's and the matters module's), run as county A's officers
 * against county B's data and A's own. The runtime lists its operations itself, so a matters endpoint without a case
 * fails here the day it is added.
 */
class ReachMatrixIT {

    @Test
    void everyOperationOfTheMattersRuntimeKeepsCountyBOutOfCountyAsReach() {
        World w = new World(MattersReachCases.officerRoles());
        MattersReachCases.fixtures(w);
        Map<String, Case> cases = new LinkedHashMap<>(PlatformReachCases.cases());
        Map<String, Case> matters = MattersReachCases.cases();
        Set<String> both = new TreeSet<>(matters.keySet());
        both.retainAll(cases.keySet());
        assertTrue(both.isEmpty(), "operations with a platform and a matters case: " + both);
        cases.putAll(matters);

        Set<String> runtime = ReachMatrix.runtimeOperations(w.root);
        Set<String> missing = new TreeSet<>(runtime);
        missing.removeAll(cases.keySet());
        assertTrue(missing.isEmpty(), "operations without a reach case: " + missing);
        Set<String> stale = new TreeSet<>(cases.keySet());
        stale.removeAll(runtime);
        assertTrue(stale.isEmpty(), "reach cases of operations the matters runtime does not answer: " + stale);

        String before = snapshot(w);
        List<String> failures = ReachMatrix.run(w, cases);
        assertEquals(List.of(), failures);
        assertEquals(before, snapshot(w), "refused calls changed county B's data");
    }

    private static String snapshot(World w) {
        List<String> paths = new ArrayList<>(PlatformReachCases.snapshotPaths(w));
        paths.addAll(MattersReachCases.snapshotPaths(w));
        return ReachMatrix.snapshotOfB(w, paths);
    }
}
