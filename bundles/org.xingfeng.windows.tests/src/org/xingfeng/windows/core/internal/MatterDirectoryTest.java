package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingfeng.windows.api.MatterRef;

/** Matter codes with and without the matters module (its list stood in for by a map). */
class MatterDirectoryTest {

    static MatterDirectory with(MatterNames names) throws ReflectiveOperationException {
        MatterDirectory d = new MatterDirectory();
        Field f = MatterDirectory.class.getDeclaredField("names");
        f.setAccessible(true);
        f.set(d, names);
        return d;
    }

    @Test
    void withoutTheMattersModuleCodesAreTakenAsTyped() throws Exception {
        MatterDirectory d = with(null);
        assertFalse(d.present());
        assertEquals(new MatterRef("M1", "M1", false), d.ref(7, "M1"));
        assertEquals(List.of(), d.unknown(7, List.of("M1", "anything")));
        assertEquals(List.of(), d.basicCodes(7));
    }

    @Test
    void withItCodesAreNamedAndCheckedAgainstTheUnitsList() throws Exception {
        MatterDirectory d = with(unit -> unit == 7 ? Map.of("YB01-001", "单位参保登记", "510722YB01-001", "单位参保登记",
                "YB01-002", "个人参保登记") : Map.of());
        assertTrue(d.present());
        assertEquals(new MatterRef("YB01-001", "单位参保登记", true), d.ref(7, "YB01-001"));
        assertEquals(new MatterRef("510722YB01-001", "单位参保登记", true), d.ref(7, "510722YB01-001"));
        assertEquals(List.of(1), d.unknown(7, List.of("YB01-002", "M1")));
        assertEquals(List.of("YB01-001", "YB01-002"), d.basicCodes(7));
        // a unit without a list yet works as without the module
        assertEquals(List.of(), d.unknown(8, List.of("M1")));
        assertEquals(new MatterRef("M1", "M1", false), d.ref(8, "M1"));
    }

    @Test
    void aModuleGoingAwayMidCallIsLikeNoModule() throws Exception {
        MatterDirectory d = with(unit -> {
            throw new IllegalStateException("bundle stopped");
        });
        assertEquals(List.of(), d.unknown(7, List.of("M1")));
        assertEquals("M1", d.name(7, "M1"));
    }
}
