package org.xingfeng.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.Reach;

class ReachTest {

    private final Reach county = Reach.of(3, List.of(3L, 31L, 32L));

    @Test
    void aCountyReachesItselfAndBelowOnly() {
        assertTrue(county.contains(3));
        assertTrue(county.contains(31));
        assertFalse(county.contains(2));
        assertFalse(county.contains(4));
        assertEquals(NotFoundException.class,
                assertThrows(NotFoundException.class, () -> county.checkUnit(4)).getClass());
    }

    @Test
    void listsWithoutAUnitAreTheHomeUnitsWhole() {
        assertEquals(3L, county.listScope(null));
        assertEquals(31L, county.listScope(31L));
        assertThrows(NotFoundException.class, () -> county.listScope(4L));
        assertNull(Reach.EVERYWHERE.listScope(null));
        assertEquals(-1L, Reach.NOWHERE.listScope(null));
        assertThrows(NotFoundException.class, () -> Reach.NOWHERE.listScope(3L));
    }

    @Test
    void recordsWithoutAUnitBelongToTheWholeInstallation() {
        assertTrue(Reach.EVERYWHERE.containsRecordOf(null));
        assertFalse(county.containsRecordOf(null));
        assertTrue(county.containsRecordOf(32L));
    }

    @Test
    void theHomeUnitMustBeInItsReach() {
        assertThrows(IllegalArgumentException.class, () -> Reach.of(9, List.of(3L)));
    }
}
