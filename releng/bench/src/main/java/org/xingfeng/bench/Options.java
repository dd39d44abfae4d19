package org.xingfeng.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: scenario names and options as {@code --name value} or {@code --name=value}. An option that is not
 * given takes the default of the scenario asking for it, so one {@code --round 3} shortens every scenario's rounds.
 */
final class Options {

    /** Every option a scenario reads (see Main's usage). */
    static final Set<String> KNOWN = Set.of("rows", "round", "warmup", "derby-round", "calls", "report-warmup",
            "server-opts", "starts",
            "runs", "clients", "json", "base", "password", "repository", "unit", "state", "seconds", "compare",
            "tickets", "tickets-per-second", "export-rows", "exports", "province-scale", "province-rows",
            "province-records", "province-think");

    final List<String> scenarios = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();

    static Options parse(String... args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                o.scenarios.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            o.values.put(name, value);
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A count; "10,000,000" and "10_000_000" are read as 10000000. */
    long number(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " wants a number, not " + v);
        }
    }

    int integer(String name, int fallback) {
        return Math.toIntExact(number(name, fallback));
    }

    Duration seconds(String name, long fallbackSeconds) {
        return Duration.ofSeconds(number(name, fallbackSeconds));
    }

    /** The options given, for the JSON file. */
    Map<String, Object> given() {
        return new LinkedHashMap<>(values);
    }
}
