package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.itests.ReachMatrix;
import org.xingfeng.platform.itests.ReachMatrix.World;

/**
 * Every operation of the windows runtime (the platform's and the windows module's), run as county A's officers
 * against county B's data and A's own. An operation without a case fails here the day it is added.
 */
class ReachMatrixIT {

    @Test
    void everyOperationOfTheWindowsRuntimeKeepsCountyBOutOfCountyAsReach() {
        World w = new World(WindowsReachCases.officerRoles());
        WindowsReachCases.fixtures(w);
        assertEquals(List.of(), ReachMatrix.check(w, WindowsReachCases.cases(), WindowsReachCases.snapshotPaths(w)));
    }
}
