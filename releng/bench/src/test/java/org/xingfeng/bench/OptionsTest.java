package org.xingfeng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void scenariosAndOptionsWithTheScenariosDefaults() {
        Options o = Options.parse("ingest", "--rows", "1,000,000", "reports", "--round=3", "--server-opts",
                "-Da=1 -Db=2");
        assertEquals(List.of("ingest", "reports"), o.scenarios);
        assertEquals(1_000_000L, o.number("rows", 10));
        assertEquals(Duration.ofSeconds(3), o.seconds("round", 15));
        assertEquals(Duration.ofSeconds(20), o.seconds("warmup", 20));
        assertEquals("-Da=1 -Db=2", o.string("server-opts", ""));
    }

    @Test
    void badCommandLinesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--no-such-option", "1"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("reports", "--rows"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--rows", "many").number("rows", 1));
    }

    @Test
    void scenariosRunInTheirFixedOrder() {
        List<String> names = Main.select(List.of("unit-move", "startup", "reports")).stream().map(Scenario::name)
                .toList();
        assertEquals(List.of("startup", "reports", "unit-move"), names);
        assertEquals(12, Main.select(List.of("all")).size());
        assertThrows(IllegalArgumentException.class, () -> Main.select(List.of("nonsense")));
    }
}
