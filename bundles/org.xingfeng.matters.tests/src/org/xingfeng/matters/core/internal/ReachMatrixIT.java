package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.World;

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
        assertEquals(List.of(), ReachMatrix.check(w, MattersReachCases.cases(), MattersReachCases.snapshotPaths(w)));
    }
}
