package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * Every operation of the demands runtime (the platform's and the module's), run as county A's officers against county
 * B's data and A's own. An operation without a case fails here the day it is added. The evaluations module, installed
 * in this runtime for the citizen's satisfaction, is stopped meanwhile: its own reach matrix is in its tests.
 */
class ReachMatrixIT {

    @Test
    void everyOperationOfTheDemandsRuntimeKeepsCountyBOutOfCountyAsReach() throws Exception {
        WithoutEvaluations.run(() -> {
            World w = new World(DemandsReachCases.officerRoles());
            DemandsReachCases.fixtures(w);
            assertEquals(List.of(),
                    ReachMatrix.check(w, DemandsReachCases.cases(), DemandsReachCases.snapshotPaths(w)));
        });
    }
}
