package org.xingfeng.platform.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Installation;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

/** The reach cases of the platform's own operations; the modules' tests add theirs to these. */
public final class PlatformReachCases {

    private PlatformReachCases() {
    }

    private static final String API = "/api/v1";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> STAFF_COLUMNS = List.of("工号", "姓名", "单位编码", "科室", "人员类别", "岗位", "状态");

    public static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("GET /health", new Unscoped("anybody: the server's state, modules and database kind"));
        c.put("POST " + API + "/auth/login", new Unscoped("open: a login names no unit"));
        c.put("POST " + API + "/auth/logout", new Unscoped("the caller's own token"));
        c.put("GET " + API + "/auth/me", new Unscoped("the caller's own account"));
        c.put("POST " + API + "/auth/password", new Unscoped("the caller's own password"));
        c.put("GET " + API + "/docs", new Unscoped("the operations the server answers"));
        c.put("GET " + API + "/openapi.json", new Unscoped("the API's description"));
        c.put("GET /api-docs", new Unscoped("the API page"));
        c.put("GET /api-docs/{file}", new Unscoped("the API page's files"));
        c.put("GET " + API + "/modules", new Unscoped("the installed modules"));
        c.put("GET " + API + "/roles", new Unscoped("the suite's role names"));
        for (String p : List.of("/calendar/years", "/calendar/years/{year}", "/calendar/days/{date}", "/calendar/add",
                "/calendar/count")) {
            c.put("GET " + API + p, new Unscoped("the official working-day calendar is the whole installation's"));
        }
        c.put("PUT " + API + "/calendar/days/{date}",
                new Installation(w -> Call.json("PUT", API + "/calendar/days/2031-05-06",
                        w.adminA, Map.of("kind", "HOLIDAY", "name", "县里放假"))));
        c.put("DELETE " + API + "/calendar/days/{date}",
                new Installation(w -> Call.delete(API + "/calendar/days/2026-10-01", w.adminA)));
        c.put("GET " + API + "/admin/modules", new Installation(w -> Call.get(API + "/admin/modules", w.adminA)));
        c.put("GET " + API + "/admin/modules/available", new Installation(
                w -> Call.get(API + "/admin/modules/available?repository=file:/nowhere", w.adminA)));
        c.put("POST " + API + "/admin/modules/{id}/install", new Installation(w -> Call.json("POST",
                API + "/admin/modules/evaluations/install", w.adminA, Map.of("repository", "file:/nowhere"))));
        c.put("POST " + API + "/admin/modules/{id}/archive", new Installation(w -> new Call("POST",
                API + "/admin/modules/evaluations/archive", w.adminA, "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.zip\"\r\n\r\nzip\r\n--b--\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        c.put("POST " + API + "/admin/modules/{id}/stop",
                new Installation(w -> Call.json("POST", API + "/admin/modules/evaluations/stop", w.adminA, Map.of())));
        c.put("POST " + API + "/admin/modules/{id}/start",
                new Installation(w -> Call.json("POST", API + "/admin/modules/evaluations/start", w.adminA, Map.of())));
        c.put("DELETE " + API + "/admin/modules/{id}",
                new Installation(w -> Call.delete(API + "/admin/modules/evaluations", w.adminA)));

        c.put("GET " + API + "/org/units", new Listed(w -> Call.get(API + "/org/units", w.adminA),
                w -> Call.get(API + "/org/units", w.root)));
        c.put("GET " + API + "/org/units/{id}", new Scoped(w -> Call.get(API + "/org/units/" + w.townA, w.adminA),
                w -> Call.get(API + "/org/units/" + w.countyB, w.adminA)));
        c.put("GET " + API + "/org/units/{id}/subtree", new Scoped(
                w -> Call.get(API + "/org/units/" + w.countyA + "/subtree", w.adminA),
                w -> Call.get(API + "/org/units/" + w.countyB + "/subtree", w.adminA)));
        c.put("GET " + API + "/org/units/{id}/sections", new Scoped(
                w -> Call.get(API + "/org/units/" + w.countyA + "/sections", w.adminA),
                w -> Call.get(API + "/org/units/" + w.countyB + "/sections", w.adminA)));
        c.put("POST " + API + "/org/units", new Scoped(
                w -> Call.json("POST", API + "/org/units", w.adminA, unit(w.countyA, "新镇")),
                w -> Call.json("POST", API + "/org/units", w.adminA, unit(w.countyB, "越界镇")), Set.of(400)));
        c.put("PUT " + API + "/org/units/{id}", new Scoped(
                w -> Call.json("PUT", API + "/org/units/" + w.townA, w.adminA, unit(w.countyA, "甲镇")),
                w -> Call.json("PUT", API + "/org/units/" + w.countyB, w.adminA, unit(w.city, "改名"))));
        c.put("POST " + API + "/org/units/{id}/sections", new Scoped(
                w -> Call.json("POST", API + "/org/units/" + w.countyA + "/sections", w.adminA,
                        Map.of("name", "股" + Api.unique())),
                w -> Call.json("POST", API + "/org/units/" + w.countyB + "/sections", w.adminA,
                        Map.of("name", "股" + Api.unique()))));
        c.put("GET " + API + "/org/staff", new Listed(w -> Call.get(API + "/org/staff?format=csv", w.adminA),
                w -> Call.get(API + "/org/staff?format=csv", w.root)));
        c.put("GET " + API + "/org/staff/{id}", new Scoped(
                w -> Call.get(API + "/org/staff/" + w.staffA.path("id").asLong(), w.adminA),
                w -> Call.get(API + "/org/staff/" + w.staffB.path("id").asLong(), w.adminA)));
        c.put("POST " + API + "/org/staff", new Scoped(
                w -> Call.json("POST", API + "/org/staff", w.adminA, staff("S" + Api.unique(), w.countyA)),
                w -> Call.json("POST", API + "/org/staff", w.adminA, staff("S" + Api.unique(), w.countyB)),
                Set.of(400)));
        c.put("PUT " + API + "/org/staff/{id}", new Scoped(
                w -> Call.json("PUT", API + "/org/staff/" + w.staffA.path("id").asLong(), w.adminA,
                        staff(w.staffA.path("staffNumber").asText(), w.countyA)),
                w -> Call.json("PUT", API + "/org/staff/" + w.staffB.path("id").asLong(), w.adminA,
                        staff(w.staffB.path("staffNumber").asText(), w.countyA))));
        c.put("POST " + API + "/org/staff/import", new Scoped(
                w -> new Call("POST", API + "/org/staff/import?dryRun=true", w.adminA, XLSX, staffSheet(w, w.countyA)),
                w -> new Call("POST", API + "/org/staff/import?dryRun=true", w.adminA, XLSX, staffSheet(w, w.countyB)),
                Set.of(422)));
        c.put("GET " + API + "/users", new Listed(w -> Call.get(API + "/users", w.adminA),
                w -> Call.get(API + "/users", w.root)));
        c.put("GET " + API + "/users/{id}", new Scoped(w -> Call.get(API + "/users/" + w.accountA, w.adminA),
                w -> Call.get(API + "/users/" + w.accountB, w.adminA)));
        c.put("POST " + API + "/users", new Scoped(
                w -> Call.json("POST", API + "/users", w.adminA, account(w.countyA)),
                w -> Call.json("POST", API + "/users", w.adminA, account(w.countyB)), Set.of(400)));
        c.put("PUT " + API + "/users/{id}/roles", new Scoped(
                w -> Call.json("PUT", API + "/users/" + w.accountA + "/roles", w.adminA,
                        Map.of("roles", List.of("staff"))),
                w -> Call.json("PUT", API + "/users/" + w.accountB + "/roles", w.adminA,
                        Map.of("roles", List.of("staff")))));
        c.put("PUT " + API + "/users/{id}/enabled", new Scoped(
                w -> Call.json("PUT", API + "/users/" + w.accountA + "/enabled", w.adminA, Map.of("enabled", true)),
                w -> Call.json("PUT", API + "/users/" + w.accountB + "/enabled", w.adminA, Map.of("enabled", false))));
        c.put("PUT " + API + "/users/{id}/home-unit", new Scoped(
                w -> Call.json("PUT", API + "/users/" + w.accountA + "/home-unit", w.adminA,
                        Map.of("homeUnitId", w.countyA)),
                w -> Call.json("PUT", API + "/users/" + w.accountB + "/home-unit", w.adminA,
                        Map.of("homeUnitId", w.countyA))));
        c.put("POST " + API + "/users/{id}/password-reset", new Scoped(
                w -> Call.json("POST", API + "/users/" + w.accountA + "/password-reset", w.adminA,
                        Map.of("password", "Reset-2026-" + Api.unique())),
                w -> Call.json("POST", API + "/users/" + w.accountB + "/password-reset", w.adminA,
                        Map.of("password", "Reset-2026-" + Api.unique()))));
        c.put("GET " + API + "/remote/caller", new Unscoped("the caller's own account and reach"));
        c.put("POST " + API + "/remote/org.xingfeng.platform.api.security.AuthService/{method}",
                new Unscoped("the caller's own token and password"));
        c.put("POST " + API + "/remote/{interface}/{method}", new Scoped(
                w -> Call.json("POST", API + "/remote/org.xingfeng.platform.api.org.OrgService/subtree", w.adminA,
                        Map.of("args", java.util.Arrays.asList(null, w.countyA))),
                w -> Call.json("POST", API + "/remote/org.xingfeng.platform.api.org.OrgService/subtree", w.adminA,
                        Map.of("args", java.util.Arrays.asList(null, w.countyB)))));
        c.put("GET " + API + "/audit", new Listed(w -> Call.get(API + "/audit?format=csv&size=1000", w.auditorA),
                w -> Call.get(API + "/audit?format=csv&size=1000", w.root)));
        c.put("GET " + API + "/admin/backups", new Installation(w -> Call.get(API + "/admin/backups", w.adminA)));
        c.put("POST " + API + "/admin/backups",
                new Installation(w -> Call.json("POST", API + "/admin/backups", w.adminA, Map.of())));
        c.put("GET " + API + "/audit/verify",
                new Unscoped("the hash chain is the whole installation's: an altered entry"
                        + " outside the caller's reach is counted, never named (AuditChainIT alters one and checks both)"));
        return c;
    }

    /** What the whole installation's administrator reads of county B in the platform's tables. */
    public static List<String> snapshotPaths(World w) {
        return List.of(API + "/org/units/" + w.countyB, API + "/org/units/" + w.countyB + "/sections",
                API + "/org/staff?unitId=" + w.countyB, API + "/users/" + w.accountB);
    }

    private static Map<String, Object> unit(long parent, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("parentId", parent);
        m.put("code", "U" + Api.unique());
        m.put("name", name);
        m.put("level", "TOWNSHIP");
        return m;
    }

    private static Map<String, Object> staff(String number, long unit) {
        return Map.of("staffNumber", number, "name", "测试人员", "unitId", unit, "tier", "WINDOW_STAFF", "posts",
                List.of("综合柜员"), "active", true);
    }

    private static Map<String, Object> account(long home) {
        return Map.of("username", "rm.n." + Api.unique(), "displayName", "新账户", "roles", List.of("staff"),
                "password", "One-time-" + Api.unique(), "homeUnitId", home);
    }

    private static byte[] staffSheet(World w, long unit) {
        String code = Api.get(API + "/org/units/" + unit, w.root).json().path("code").asText();
        return ReachMatrix.xlsx(STAFF_COLUMNS, List.of(List.of("S" + Api.unique(), "导入人员", code, "", "窗口人员",
                "综合柜员", "在岗")));
    }
}
