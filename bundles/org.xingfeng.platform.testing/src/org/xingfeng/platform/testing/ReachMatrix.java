package org.xingfeng.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reach matrix: every operation the REST runtime answers, run as county A's officers against county B's data
 * (refused as if it did not exist) and against A's own (works). Each module's tests give the cases of their
 * operations; an operation without a case fails the test, so a new endpoint is covered the day it is added.
 */
public final class ReachMatrix {

    private ReachMatrix() {
    }

    /** An HTTP call: method, path, body (JSON unless a content type is given). */
    public record Call(String method, String path, String token, String contentType, byte[] body) {

        public static Call get(String path, String token) {
            return new Call("GET", path, token, null, null);
        }

        public static Call delete(String path, String token) {
            return new Call("DELETE", path, token, null, null);
        }

        public static Call json(String method, String path, String token, Object body) {
            return new Call(method, path, token, "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
        }

        Api.Reply send() {
            return Api.send(method, path, token, contentType, body, Map.of());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** How an operation meets reach. */
    public sealed interface Case permits Scoped, Listed, Installation, Unscoped {
    }

    /**
     * An operation on one target: on A's it works (2xx), on B's it is refused with one of {@code refused} (404 as if
     * missing; 400 naming the field for a unit given in a body; 422 for a file's rows) and changes nothing.
     */
    public record Scoped(Function<World, Call> own, Function<World, Call> other, Set<Integer> refused) implements Case {
        public Scoped(Function<World, Call> own, Function<World, Call> other) {
            this(own, other, Set.of(404));
        }
    }

    /**
     * A list or export without a target: as A's officer it works and holds nothing of B (B's marker is absent),
     * while the same call by the whole installation's administrator holds B's marker (so the check can fail).
     */
    public record Listed(Function<World, Call> asA, Function<World, Call> asRoot) implements Case {
    }

    /** A change to the whole installation (calendar, modules): refused (403) to a county's administrator. */
    public record Installation(Function<World, Call> asA) implements Case {
    }

    /** Not about any unit's data (login, health, the calendar's reading, role names), with the reason. */
    public record Unscoped(String why) implements Case {
    }

    /**
     * A city with counties A (and its township) and B, created by the whole installation's administrator. B's
     * names carry {@link #markerB}. Accounts of A: an administrator, an auditor and an officer holding the roles the
     * module tests ask for; one administrator of B. Modules put the ids of their own fixtures in {@link #ids}.
     */
    public static final class World {
        public final String root;
        public final String markerB = "zb" + Api.unique();
        public final long city;
        public final long countyA;
        public final long townA;
        public final long countyB;
        public final JsonNode staffA;
        public final JsonNode staffB;
        public final String adminA;
        public final String auditorA;
        public final String officerA;
        public final String adminB;
        public final long accountA;
        public final long accountB;
        public final Map<String, Object> ids = new HashMap<>();

        public World(List<String> officerRoles) {
            Api.awaitReady();
            root = Api.admin();
            city = Fixtures.createUnit(root, null, "CITY").path("id").asLong();
            countyA = Fixtures.createUnit(root, city, "COUNTY").path("id").asLong();
            townA = Fixtures.createUnit(root, countyA, "TOWNSHIP").path("id").asLong();
            countyB = unit(city, "COUNTY", "乙县" + markerB);
            staffA = Fixtures.createStaff(root, countyA, "甲县人员");
            staffB = Fixtures.createStaff(root, countyB, "乙县人员" + markerB);
            adminA = Fixtures.userAt(root, "rm.a." + Api.unique(), List.of("admin", "staff"), null,
                    staffA.path("id").asLong());
            auditorA = Fixtures.userAt(root, "rm.aa." + Api.unique(), List.of("auditor", "staff"), countyA, null);
            List<String> roles = new ArrayList<>(officerRoles);
            roles.add("staff");
            officerA = Fixtures.userAt(root, "rm.oa." + Api.unique(), roles, countyA, null);
            String nameA = "rm.pa." + Api.unique();
            Fixtures.userAt(root, nameA, List.of("staff"), countyA, null);
            accountA = accountId(nameA);
            String nameB = "rm.b." + markerB;
            adminB = Fixtures.userAt(root, nameB, List.of("admin", "staff"), countyB, null);
            accountB = accountId(nameB);
            Api.post("/api/v1/org/units/" + countyB + "/sections", adminB, Api.json(Map.of("name", "乙股" + markerB)));
        }

        private long unit(long parent, String level, String name) {
            Api.Reply r = Api.post("/api/v1/org/units", root, Api.json(Map.of("parentId", parent, "code",
                    "R" + Api.unique(), "name", name, "level", level)));
            if (r.status() != 201) {
                throw new AssertionError("create unit: " + r.status() + " " + r.text());
            }
            return r.json().path("id").asLong();
        }

        private long accountId(String username) {
            for (JsonNode u : Api.get("/api/v1/users", root).json()) {
                if (u.path("username").asText().equals(username)) {
                    return u.path("id").asLong();
                }
            }
            throw new AssertionError("no account " + username);
        }

        public long id(String key) {
            Object v = ids.get(key);
            if (v == null) {
                throw new AssertionError("the module's fixtures did not set " + key);
            }
            return ((Number) v).longValue();
        }
    }

    /**
     * Every operation the REST runtime answers now, as "METHOD /path/{param}" (a parameter's pattern, as in
     * {@code {id: \d+}}, left out: the cases name the parameter only).
     */
    public static Set<String> runtimeOperations(String token) {
        Set<String> ops = new TreeSet<>();
        for (JsonNode e : Api.get("/api/v1/docs", token).json()) {
            String path = e.path("path").asText().replaceAll("\\{([^}:]+)(:[^}]*)?\\}", "{$1}");
            ops.add(e.path("method").asText() + " " + path);
        }
        return ops;
    }

    /**
     * The whole check of a runtime: the platform's cases and a module's together (no operation in both), every
     * operation the runtime answers has a case and every case an operation, every case holds, and county B's data
     * read through {@code snapshotPaths} is the same after the refused calls. Answers what is wrong (empty: all good).
     */
    public static List<String> check(World w, Map<String, Case> moduleCases, List<String> snapshotPaths) {
        List<String> problems = new ArrayList<>();
        Map<String, Case> cases = new java.util.LinkedHashMap<>(PlatformReachCases.cases());
        Set<String> both = new TreeSet<>(moduleCases.keySet());
        both.retainAll(cases.keySet());
        if (!both.isEmpty()) {
            problems.add("operations with a platform and a module case: " + both);
        }
        cases.putAll(moduleCases);
        Set<String> runtime = runtimeOperations(w.root);
        Set<String> missing = new TreeSet<>(runtime);
        missing.removeAll(cases.keySet());
        if (!missing.isEmpty()) {
            problems.add("operations without a reach case: " + missing);
        }
        Set<String> stale = new TreeSet<>(cases.keySet());
        stale.removeAll(runtime);
        if (!stale.isEmpty()) {
            problems.add("reach cases of operations the runtime does not answer: " + stale);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> paths = new ArrayList<>(PlatformReachCases.snapshotPaths(w));
        paths.addAll(snapshotPaths);
        String before = snapshotOfB(w, paths);
        problems.addAll(run(w, cases));
        if (!before.equals(snapshotOfB(w, paths))) {
            problems.add("refused calls changed county B's data");
        }
        return problems;
    }

    /** Runs every case; answers one line per failure (empty: all good). */
    public static List<String> run(World w, Map<String, Case> cases) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            String op = e.getKey();
            try {
                check(w, op, e.getValue(), failures);
            } catch (AssertionError | RuntimeException ex) {
                failures.add(op + ": " + ex);
            }
        }
        return failures;
    }

    private static void check(World w, String op, Case c, List<String> failures) {
        if (c instanceof Scoped s) {
            Call other = s.other().apply(w);
            Api.Reply refused = other.send();
            if (!s.refused().contains(refused.status())) {
                failures.add(op + ": B's data as A (" + other + ") answered " + refused.status() + ", expected "
                        + s.refused() + ": " + head(refused));
            } else if (refused.text().contains(w.markerB)) {
                failures.add(op + ": the refusal names B's data: " + head(refused));
            }
            Call own = s.own().apply(w);
            Api.Reply works = own.send();
            if (works.status() / 100 != 2) {
                failures.add(op + ": A's own data (" + own + ") answered " + works.status() + ": " + head(works));
            }
        } else if (c instanceof Listed l) {
            Call asA = l.asA().apply(w);
            Api.Reply a = asA.send();
            if (a.status() != 200) {
                failures.add(op + ": as A (" + asA + ") answered " + a.status() + ": " + head(a));
            } else if (a.text().contains(w.markerB)) {
                failures.add(op + ": as A (" + asA + ") holds county B's data");
            }
            Call asRoot = l.asRoot().apply(w);
            Api.Reply r = asRoot.send();
            if (r.status() != 200 || !r.text().contains(w.markerB)) {
                failures.add(op + ": as the installation's administrator (" + asRoot + ") the list should hold B's"
                        + " data, answered " + r.status() + ": " + head(r));
            }
        } else if (c instanceof Installation i) {
            Call asA = i.asA().apply(w);
            Api.Reply a = asA.send();
            if (a.status() != 403) {
                failures.add(op + ": a county's administrator (" + asA + ") answered " + a.status()
                        + ", expected 403: " + head(a));
            }
        } else if (c instanceof Unscoped u) {
            if (u.why() == null || u.why().isBlank()) {
                failures.add(op + ": an unscoped operation must say why");
            }
        }
    }

    private static String head(Api.Reply r) {
        String t = r.text();
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    /** What the whole installation's administrator reads of county B, to show that refused changes changed nothing. */
    public static String snapshotOfB(World w, List<String> paths) {
        StringBuilder b = new StringBuilder();
        for (String p : paths) {
            b.append(p).append(" -> ").append(Api.get(p, w.root).text()).append('\n');
        }
        return b.toString();
    }

    /** A one-sheet XLSX file: the header row, then the rows. */
    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int i = 0; i < all.size(); i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < all.get(i).size(); j++) {
                    row.createCell(j).setCellValue(all.get(i).get(j));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
