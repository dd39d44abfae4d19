package org.xingfeng.training.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * The reach cases of the training module's operations, added to the platform's. County A's officer is a training
 * officer; counties A and B each have a course (B's titled with the world's marker) with a session and the county's
 * staff member's attendance, made by the installation's administrator ({@link #fixtures}). A's own calls that delete
 * get fresh records.
 */
final class TrainingReachCases {

    private static final String API = TrainingFixtures.API;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Years for the plans the cases make (one plan per unit and year). */
    private static final java.util.concurrent.atomic.AtomicInteger PLAN_YEARS = new java.util.concurrent.atomic.AtomicInteger(
            2040);

    private TrainingReachCases() {
    }

    static List<String> officerRoles() {
        return List.of("training.officer");
    }

    static void fixtures(World w) {
        for (String side : List.of("A", "B")) {
            long unit = side.equals("A") ? w.countyA : w.countyB;
            long staff = (side.equals("A") ? w.staffA : w.staffB).path("id").asLong();
            long course = TrainingFixtures.course(w.root, unit, side.equals("A") ? "甲县培训" : "乙县培训" + w.markerB,
                    "2026-03-02", "2026-03-06", "WINDOW_STAFF").path("id").asLong();
            long session = TrainingFixtures.session(w.root, course, "2026-03-02");
            long attendance = TrainingFixtures.attend(w.root, session, staff,
                    Map.of("certificateNo", "PX-" + side + w.markerB, "certificateIssued", "2026-03-06",
                            "certificateValidUntil", "2026-03-31"))
                    .path("id").asLong();
            w.ids.put("course" + side, course);
            w.ids.put("session" + side, session);
            w.ids.put("attendance" + side, attendance);
            w.ids.put("staff" + side, staff);
            w.ids.put("material" + side, TrainingFixtures.ok(CourseMaterialsIT.upload(w.root, course, side + ".pdf",
                    CourseMaterialsIT.PDF), 201, "material").path("id").asLong());
            w.ids.put("plan" + side, TrainingFixtures.ok(Api.post(API + "/plans", w.root,
                    Api.json(Map.of("unitId", unit, "year", 2026, "note",
                            side.equals("A") ? "甲县计划" : "乙县计划" + w.markerB, "items",
                            List.of(Map.of("title", "政策培训", "kind", "POLICY", "month", 3, "courseId", course))))),
                    201, "plan").path("id").asLong());
        }
    }

    /** A fresh course of county A with a session, for the calls that delete. */
    private static long freshCourseA(World w) {
        return TrainingFixtures.course(w.root, w.countyA, "甲县临时" + Api.unique(), "2026-04-06", "2026-04-10")
                .path("id").asLong();
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        // courses
        c.put("POST " + API + "/courses", new Scoped(
                w -> Call.json("POST", API + "/courses", w.officerA,
                        TrainingFixtures.courseDraft(w.countyA, "甲县新课", "2026-05-11", "2026-05-15")),
                w -> Call.json("POST", API + "/courses", w.officerA,
                        TrainingFixtures.courseDraft(w.countyB, "越界课程", "2026-05-11", "2026-05-15")),
                Set.of(400)));
        c.put("GET " + API + "/courses", new Listed(w -> Call.get(API + "/courses?size=1000", w.officerA),
                w -> Call.get(API + "/courses?size=1000", w.root)));
        c.put("GET " + API + "/courses/{id}", new Scoped(w -> Call.get(API + "/courses/" + w.id("courseA"), w.officerA),
                w -> Call.get(API + "/courses/" + w.id("courseB"), w.officerA)));
        c.put("PUT " + API + "/courses/{id}", new Scoped(
                w -> Call.json("PUT", API + "/courses/" + w.id("courseA"), w.officerA,
                        TrainingFixtures.courseDraft(w.countyA, "甲县培训改", "2026-03-02", "2026-03-06",
                                "WINDOW_STAFF")),
                w -> Call.json("PUT", API + "/courses/" + w.id("courseB"), w.officerA,
                        TrainingFixtures.courseDraft(w.countyB, "改名", "2026-03-02", "2026-03-06"))));
        c.put("DELETE " + API + "/courses/{id}",
                new Scoped(w -> Call.delete(API + "/courses/" + freshCourseA(w), w.officerA),
                        w -> Call.delete(API + "/courses/" + w.id("courseB"), w.officerA)));
        c.put("GET " + API + "/courses/{id}/sessions",
                new Scoped(w -> Call.get(API + "/courses/" + w.id("courseA") + "/sessions", w.officerA),
                        w -> Call.get(API + "/courses/" + w.id("courseB") + "/sessions", w.officerA)));
        c.put("POST " + API + "/courses/{id}/sessions", new Scoped(
                w -> Call.json("POST", API + "/courses/" + w.id("courseA") + "/sessions", w.officerA,
                        TrainingFixtures.sessionDraft("2026-03-03")),
                w -> Call.json("POST", API + "/courses/" + w.id("courseB") + "/sessions", w.officerA,
                        TrainingFixtures.sessionDraft("2026-03-03"))));
        c.put("PUT " + API + "/sessions/{id}", new Scoped(
                w -> Call.json("PUT", API + "/sessions/" + w.id("sessionA"), w.officerA,
                        TrainingFixtures.sessionDraft("2026-03-02")),
                w -> Call.json("PUT", API + "/sessions/" + w.id("sessionB"), w.officerA,
                        TrainingFixtures.sessionDraft("2026-03-04"))));
        c.put("DELETE " + API + "/sessions/{id}", new Scoped(
                w -> Call.delete(API + "/sessions/" + TrainingFixtures.session(w.root, freshCourseA(w), "2026-04-07"),
                        w.officerA),
                w -> Call.delete(API + "/sessions/" + w.id("sessionB"), w.officerA)));
        // materials
        String materials = API + "/courses/{id}/materials";
        c.put("POST " + materials, new Scoped(
                w -> new Call("POST", API + "/courses/" + w.id("courseA") + "/materials?name=a.pdf", w.officerA,
                        "application/octet-stream", CourseMaterialsIT.PDF),
                w -> new Call("POST", API + "/courses/" + w.id("courseB") + "/materials?name=b.pdf", w.officerA,
                        "application/octet-stream", CourseMaterialsIT.PDF)));
        c.put("GET " + materials, new Scoped(w -> Call.get(API + "/courses/" + w.id("courseA") + "/materials",
                w.officerA), w -> Call.get(API + "/courses/" + w.id("courseB") + "/materials", w.officerA)));
        c.put("GET " + materials + "/{fileId}", new Scoped(
                w -> Call.get(API + "/courses/" + w.id("courseA") + "/materials/" + w.id("materialA"), w.officerA),
                w -> Call.get(API + "/courses/" + w.id("courseB") + "/materials/" + w.id("materialB"), w.officerA)));
        c.put("DELETE " + materials + "/{fileId}", new Scoped(w -> {
            long fresh = TrainingFixtures.ok(CourseMaterialsIT.upload(w.root, w.id("courseA"), "c.pdf",
                    CourseMaterialsIT.PDF), 201, "material").path("id").asLong();
            return Call.delete(API + "/courses/" + w.id("courseA") + "/materials/" + fresh, w.officerA);
        }, w -> Call.delete(API + "/courses/" + w.id("courseB") + "/materials/" + w.id("materialB"), w.officerA)));
        // attendance
        c.put("PUT " + API + "/sessions/{id}/attendance", new Scoped(
                w -> Call.json("PUT", API + "/sessions/" + w.id("sessionA") + "/attendance", w.officerA,
                        List.of(Map.of("staffId", w.id("staffA"), "present", true))),
                w -> Call.json("PUT", API + "/sessions/" + w.id("sessionB") + "/attendance", w.officerA,
                        List.of(Map.of("staffId", w.id("staffB"), "present", false)))));
        c.put("POST " + API + "/sessions/{id}/attendance/import", new Scoped(
                w -> new Call("POST", API + "/sessions/" + w.id("sessionA") + "/attendance/import?dryRun=true",
                        w.officerA, XLSX, ReachMatrix.xlsx(List.of("工号", "出勤"),
                                List.of(List.of(w.staffA.path("staffNumber").asText(), "是")))),
                w -> new Call("POST", API + "/sessions/" + w.id("sessionB") + "/attendance/import", w.officerA, XLSX,
                        ReachMatrix.xlsx(List.of("工号", "出勤"),
                                List.of(List.of(w.staffB.path("staffNumber").asText(), "否"))))));
        c.put("GET " + API + "/attendance", new Listed(w -> Call.get(API + "/attendance?size=1000", w.officerA),
                w -> Call.get(API + "/attendance?size=1000", w.root)));
        c.put("GET " + API + "/attendance/{id}",
                new Scoped(w -> Call.get(API + "/attendance/" + w.id("attendanceA"), w.officerA),
                        w -> Call.get(API + "/attendance/" + w.id("attendanceB"), w.officerA)));
        c.put("DELETE " + API + "/attendance/{id}", new Scoped(w -> {
            long course = freshCourseA(w);
            long session = TrainingFixtures.session(w.root, course, "2026-04-08");
            long a = TrainingFixtures.attend(w.root, session, w.id("staffA"), Map.of()).path("id").asLong();
            return Call.delete(API + "/attendance/" + a, w.officerA);
        }, w -> Call.delete(API + "/attendance/" + w.id("attendanceB"), w.officerA)));
        c.put("GET " + API + "/me/attendance", new Unscoped("the caller's own record, whatever their reach"));
        // QR sign-in: the officer's code within the reach; the sign-in page's operations and pages need no login, the
        // code (signed, expiring with the session) being their key
        c.put("GET " + API + "/sessions/{id}/signin-code", new Scoped(
                w -> Call.get(API + "/sessions/" + w.id("sessionA") + "/signin-code", w.officerA),
                w -> Call.get(API + "/sessions/" + w.id("sessionB") + "/signin-code", w.officerA)));
        String signIn = "a trainee's phone without a login: the session's signed code is the key, validated and rate-limited";
        c.put("GET " + API + "/public/signin", new Unscoped(signIn));
        c.put("POST " + API + "/public/signin", new Unscoped(signIn));
        for (String op : List.of("GET /training-signin/{code}", "GET /training-signin/{code}/poster",
                "GET /training-signin/{code}/qr.svg", "GET /training-signin/assets/{name}")) {
            c.put(op, new Unscoped("the sign-in page and the session's poster, over the public operations above"));
        }
        // yearly plans
        c.put("POST " + API + "/plans", new Scoped(
                w -> Call.json("POST", API + "/plans", w.officerA,
                        Map.of("unitId", w.countyA, "year", PLAN_YEARS.incrementAndGet(), "items", List.of())),
                w -> Call.json("POST", API + "/plans", w.officerA,
                        Map.of("unitId", w.countyB, "year", PLAN_YEARS.incrementAndGet(), "items", List.of())),
                Set.of(400)));
        c.put("GET " + API + "/plans", new Listed(w -> Call.get(API + "/plans", w.officerA),
                w -> Call.get(API + "/plans", w.root)));
        c.put("GET " + API + "/plans/{id}", new Scoped(w -> Call.get(API + "/plans/" + w.id("planA"), w.officerA),
                w -> Call.get(API + "/plans/" + w.id("planB"), w.officerA)));
        c.put("GET " + API + "/plans/{id}/progress",
                new Scoped(w -> Call.get(API + "/plans/" + w.id("planA") + "/progress", w.officerA),
                        w -> Call.get(API + "/plans/" + w.id("planB") + "/progress", w.officerA)));
        c.put("PUT " + API + "/plans/{id}", new Scoped(
                w -> Call.json("PUT", API + "/plans/" + w.id("planA"), w.officerA,
                        Map.of("targetCoverage", 0.9, "items", List.of())),
                w -> Call.json("PUT", API + "/plans/" + w.id("planB"), w.officerA,
                        Map.of("targetCoverage", 0.9, "items", List.of()))));
        c.put("DELETE " + API + "/plans/{id}", new Scoped(w -> {
            long fresh = TrainingFixtures.ok(Api.post(API + "/plans", w.root, Api.json(Map.of("unitId", w.countyA,
                    "year", PLAN_YEARS.incrementAndGet(), "items", List.of()))), 201, "plan").path("id").asLong();
            return Call.delete(API + "/plans/" + fresh, w.officerA);
        }, w -> Call.delete(API + "/plans/" + w.id("planB"), w.officerA)));
        // standing
        c.put("GET " + API + "/policy", new Unscoped("the training rules are configuration, the same for every unit"));
        c.put("GET " + API + "/standing/staff/{id}",
                new Scoped(w -> Call.get(API + "/standing/staff/" + w.id("staffA"), w.officerA),
                        w -> Call.get(API + "/standing/staff/" + w.id("staffB"), w.officerA)));
        c.put("GET " + API + "/standing/me", new Unscoped("the caller's own standing, whatever their reach"));
        c.put("GET " + API + "/coverage",
                new Scoped(w -> Call.get(API + "/coverage?unitId=" + w.countyA, w.officerA),
                        w -> Call.get(API + "/coverage?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/coverage/untrained", new Scoped(
                w -> Call.get(API + "/coverage/untrained?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/coverage/untrained?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/needs", new Scoped(w -> Call.get(API + "/needs?unitId=" + w.countyA, w.officerA),
                w -> Call.get(API + "/needs?unitId=" + w.countyB, w.officerA)));
        c.put("GET " + API + "/certificates/expiring", new Listed(
                w -> Call.get(API + "/certificates/expiring", w.officerA),
                w -> Call.get(API + "/certificates/expiring", w.root)));
        return c;
    }

    static List<String> snapshotPaths(World w) {
        return List.of(API + "/courses/" + w.id("courseB"), API + "/courses/" + w.id("courseB") + "/sessions",
                API + "/courses/" + w.id("courseB") + "/materials",
                API + "/attendance?unitId=" + w.countyB + "&size=1000", API + "/plans?unitId=" + w.countyB);
    }
}
