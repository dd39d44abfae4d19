package org.xingfeng.publicity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * Every operation of the publicity runtime (the platform's and the publicity module's), run as county A's officers
 * against county B's data and A's own. An operation without a case fails here the day it is added.
 */
class ReachMatrixIT {

    @AfterAll
    static void withoutTheStandIn() {
        RectificationStandIn.off();
    }

    @Test
    void everyOperationOfThePublicityRuntimeKeepsCountyBOutOfCountyAsReach() {
        World w = new World(PublicityReachCases.officerRoles());
        PublicityReachCases.fixtures(w);
        assertEquals(List.of(),
                ReachMatrix.check(w, PublicityReachCases.cases(), PublicityReachCases.snapshotPaths(w)));
    }
}
