package org.xingfeng.training.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * Every operation of the training runtime (the platform's and the training module's), run as county A's officers
 * against county B's data and A's own. An operation without a case fails here the day it is added.
 */
class ReachMatrixIT {

    @Test
    void everyOperationOfTheTrainingRuntimeKeepsCountyBOutOfCountyAsReach() {
        World w = new World(TrainingReachCases.officerRoles());
        TrainingReachCases.fixtures(w);
        assertEquals(List.of(), ReachMatrix.check(w, TrainingReachCases.cases(), TrainingReachCases.snapshotPaths(w)));
    }
}
