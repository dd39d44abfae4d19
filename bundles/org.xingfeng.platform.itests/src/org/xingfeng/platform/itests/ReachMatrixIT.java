package org.xingfeng.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.testing.ReachMatrix.World;
import org.xingfeng.platform.testing.ReachMatrix;

/**
 * Every operation of the platform's runtime, run as county A's officers against county B's data and A's own. The
 * runtime lists its operations itself, so an endpoint without a case fails here the day it is added.
 */
class ReachMatrixIT {

    @Test
    void everyOperationKeepsCountyBOutOfCountyAsReach() {
        World w = new World(List.of());
        assertEquals(List.of(), ReachMatrix.check(w, Map.of(), List.of()));
    }
}
