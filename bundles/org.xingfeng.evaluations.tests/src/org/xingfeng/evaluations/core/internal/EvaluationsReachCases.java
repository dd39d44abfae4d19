package org.xingfeng.evaluations.core.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Installation;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

import com.fasterxml.jackson.databind.JsonNode;
import org.xingfeng.platform.api.time.BureauTime;

/**
 * The reach cases of the evaluations module's operations, added to the platform's. County A's officer holds the
 * officer and reviewer roles; counties A and B each hold evaluations (one real-name bad review with its case, one
 * appealed), complaints, a section with score sheets, tasks (the self-check table and an overdue one) and a visit,
 * made by the installation's administrator ({@link #fixtures}); B's names and texts carry the world's marker.
 */
final class EvaluationsReachCases {

    static final String API = "/api/v1/evaluations";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CITIZEN_A = "张三";

    private EvaluationsReachCases() {
    }

    /** The roles county A's officer needs for these cases. */
    static List<String> officerRoles() {
        return List.of(EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE);
    }

    /** Today in the runtime's bureau time (the {@link BureauTime} service). */
    static LocalDate today() {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil
                .getBundle(EvaluationsReachCases.class)
                .getBundleContext();
        org.osgi.util.tracker.ServiceTracker<BureauTime, BureauTime> tracker = new org.osgi.util.tracker.ServiceTracker<>(
                context, BureauTime.class, null);
        tracker.open();
        try {
            BureauTime time = tracker.waitForService(30_000);
            if (time == null) {
                throw new AssertionError("no BureauTime service");
            }
            return time.today();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    static String quarter() {
        LocalDate d = today();
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static String period() {
        return "&from=" + today() + "&to=" + today();
    }

    /**
     * One county's records, made by the installation's administrator; ids in {@code w.ids} with the side's suffix
     * (A or B): section, rater, evaluation, case, appealed, appeal, complaint, complaintOpen, task, overdueTask, visit,
     * sheet, spareSheet (A only, to delete); recordNo as text.
     */
    static void fixtures(World w) {
        county(w, "A", w.countyA, w.staffA, "甲" + Api.unique());
        county(w, "B", w.countyB, w.staffB, w.markerB);
    }

    private static void county(World w, String side, long unit, JsonNode staff, String tag) {
        String root = w.root;
        long section = EvalFixtures.section(root, unit, "综合科" + tag).path("id").asLong();
        long rater = EvalFixtures.staff(root, unit, section, "科长" + tag).path("id").asLong();
        w.ids.put("section" + side, section);
        w.ids.put("rater" + side, rater);

        // through the public submission endpoint, as a citizen would: a real-name bad review opens a case
        String record = "RM-" + tag;
        JsonNode receipt = created(EvalFixtures.submit((map("unitId", unit, "recordNo", record,
                "level", "非常不满意", "channel", "WINDOW_DEVICE", "windowNo", "2", "staffNumber",
                staff.path("staffNumber").asText(), "citizenName", side.equals("A") ? CITIZEN_A : "乙" + tag,
                "citizenPhone", "13812341234", "comment", "等候太久" + tag))), "submission");
        w.ids.put("recordNo" + side, record);
        w.ids.put("evaluation" + side, receipt.path("id").asLong());
        w.ids.put("case" + side, receipt.path("caseId").asLong());
        JsonNode other = created(
                EvalFixtures.submit((map("unitId", unit, "recordNo", record + "-2",
                        "level", "不满意", "channel", "WEB", "comment", "不满意" + tag))),
                "anonymous submission");
        w.ids.put("appealed" + side, other.path("id").asLong());
        // filed by the installation's administrator, so that A's officer (a reviewer) may decide A's
        w.ids.put("appeal" + side, created(Api.post(API + "/" + other.path("id").asLong() + "/appeals", root,
                Api.json(map("reason", "UNRELATED", "statement", "与本窗口办件无关" + tag))), "appeal").path("id").asLong());
        // a step with a note, so that the case list holds the side's text
        ok(Api.post(API + "/cases/" + w.id("case" + side) + "/steps", root, Api.json(map("step", "VERIFY", "note",
                "已核实" + tag))), "case step");
        if (side.equals("A")) {
            // A's own steps start from a case not yet verified
            JsonNode fresh = created(EvalFixtures.submit((map("unitId", unit, "recordNo",
                    record + "-3", "level", "非常不满意", "channel", "WEB", "comment", "无人接待"))), "submission");
            w.ids.put("freshCaseA", fresh.path("caseId").asLong());
        }

        // complaints: two upheld (a notice of criticism for the staff member), one just registered
        for (int i = 0; i < 2; i++) {
            long id = complaint(w, unit, staff, tag);
            ok(Api.post(API + "/complaints/" + id + "/verification", root, Api.json(map("upheld", true, "findings",
                    "属实" + tag))), "verification");
            w.ids.put("complaint" + side, id);
        }
        w.ids.put("complaintOpen" + side, complaint(w, unit, staff, tag));

        // the section's score sheets
        w.ids.put("sheet" + side, sheet(root, section, rater));
        if (side.equals("A")) {
            long spare = EvalFixtures.staff(root, unit, section, "副科长" + tag).path("id").asLong();
            w.ids.put("spareSheetA", sheet(root, section, spare));
        }

        // tasks: the self-check table, one made by hand (overdue) and one to close and reopen
        created(Api.post(API + "/tasks/units/" + unit + "/self-check", root, null), "self-check table");
        w.ids.put("overdueTask" + side, task(root, unit, "2020年12月底前", tag));
        w.ids.put("task" + side, task(root, unit, "2099年12月底前", tag));
        w.ids.put("visit" + side,
                created(Api.post(API + "/visits", root, Api.json(map("kind", "MYSTERY_SHOPPER", "unitId",
                        unit, "place", "服务大厅2号窗口" + tag, "visitDate", today().toString(), "visitor", "市局暗访组" + tag,
                        "findings", List.of(map("description", "未佩戴工牌" + tag))))), "visit").path("id").asLong());
    }

    private static long complaint(World w, long unit, JsonNode staff, String tag) {
        return created(Api.post(API + "/complaints", w.root, Api.json(map("channel", "HOTLINE", "category", "ATTITUDE",
                "unitId", unit, "subject", "STAFF", "staffId", staff.path("id").asLong(), "complainantName", "赵六",
                "complainantContact", "13900001111", "content", "态度生硬" + tag, "receivedDate", today().toString()))),
                "complaint").path("id").asLong();
    }

    private static long sheet(String token, long section, long rater) {
        return created(Api.post(API + "/scoring/sheets", token, Api.json(map("sectionId", section, "quarter", quarter(),
                "group", "LEADERSHIP", "raterStaffId", rater, "items", List.of(18, 18, 18, 18, 18)))), "score sheet")
                .path("id").asLong();
    }

    private static long task(String token, long unit, String deadline, String tag) {
        return created(Api.post(API + "/tasks", token, Api.json(map("unitId", unit, "goal", "优质服务窗口", "content",
                "规范文明用语" + tag, "deadlineText", deadline))), "task").path("id").asLong();
    }

    static Map<String, Object> complaintDraft(long unit, JsonNode staff) {
        return map("channel", "HOTLINE", "category", "ATTITUDE", "unitId", unit, "subject", "STAFF", "staffId",
                staff.path("id").asLong(), "complainantName", "钱七", "complainantContact", "13900002222", "content",
                "态度生硬", "receivedDate", today().toString());
    }

    static Map<String, Object> sheetDraft(long section, long rater) {
        return map("sectionId", section, "quarter", quarter(), "group", "PEER_CHIEFS", "raterStaffId", rater, "items",
                List.of(17, 17, 17, 17, 17));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static JsonNode created(Api.Reply r, String what) {
        if (r.status() != 201) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
        return r.json();
    }

    private static void ok(Api.Reply r, String what) {
        if (r.status() / 100 != 2) {
            throw new AssertionError(what + ": " + r.status() + " " + r.text());
        }
    }

    /** The XLSX self-check sheet of a unit as the installation's administrator downloads it. */
    private static byte[] selfCheckSheet(World w, long unit) {
        Api.Reply r = Api.get(API + "/tasks/units/" + unit + "/sheet", w.root);
        if (r.status() != 200) {
            throw new AssertionError("self-check sheet: " + r.status() + " " + r.text());
        }
        return r.bytes();
    }

    /**
     * The cases of every evaluations operation. A unit, section or staff member of B named in a body is answered as
     * one that does not exist would be: 400 naming the field for complaints and score sheets, 404 for tasks and visits
     * (an unknown unit there is a 404 too).
     */
    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        String year = "&year=" + today().getYear();

        // evaluations, reports
        c.put("GET " + API, new Listed(w -> Call.get(API + "?format=csv&recordNo=RM-" + w.markerB, w.officerA),
                w -> Call.get(API + "?format=csv&recordNo=RM-" + w.markerB, w.root)));
        c.put("GET " + API + "/{id}", new Scoped(w -> Call.get(API + "/" + w.id("evaluationA"), w.officerA),
                w -> Call.get(API + "/" + w.id("evaluationB"), w.officerA)));
        c.put("GET " + API + "/satisfaction", new Scoped(
                w -> Call.get(API + "/satisfaction?unitId=" + w.countyA + period() + "&by=WINDOW", w.officerA),
                w -> Call.get(API + "/satisfaction?unitId=" + w.countyB + period() + "&by=WINDOW", w.officerA)));
        c.put("GET " + API + "/callback-rate", new Scoped(
                w -> Call.get(API + "/callback-rate?unitId=" + w.countyA + period(), w.officerA),
                w -> Call.get(API + "/callback-rate?unitId=" + w.countyB + period(), w.officerA)));
        c.put("GET " + API + "/dashboard", new Scoped(
                w -> Call.get(API + "/dashboard?unitId=" + w.countyA + period(), w.officerA),
                w -> Call.get(API + "/dashboard?unitId=" + w.countyB + period(), w.officerA)));
        c.put("POST " + API + "/rollups/rebuild", new Installation(w -> Call.json("POST", API + "/rollups/rebuild",
                w.adminA, Map.of())));
        c.put("GET " + API + "/indicators", new Unscoped("the indicator set a device or web form shows: the same for"
                + " every unit, open to citizens"));
        c.put("GET " + API + "/indicator-ratings", new Scoped(
                w -> Call.get(API + "/indicator-ratings?by=WINDOW&unitId=" + w.countyA + period(), w.officerA),
                w -> Call.get(API + "/indicator-ratings?by=WINDOW&unitId=" + w.countyB + period(), w.officerA)));
        // the citizen's evaluation page and the ticket look-up it reads (no login): what a signed ticket vouches for
        String citizens = "the citizen's evaluation page, without a login: it shows only what a ticket signed by this"
                + " server vouches for (the staff member's name masked), and is rate-limited";
        c.put("GET " + API + "/public/ticket", new Unscoped(citizens));
        c.put("GET /evaluate", new Unscoped(citizens));
        c.put("GET /evaluate/assets/{name}", new Unscoped(citizens));

        // cases
        c.put("GET " + API + "/cases", new Listed(w -> Call.get(API + "/cases?size=1000" + period(), w.officerA),
                w -> Call.get(API + "/cases?size=1000" + period(), w.root)));
        c.put("GET " + API + "/cases/{id}", new Scoped(w -> Call.get(API + "/cases/" + w.id("caseA"), w.officerA),
                w -> Call.get(API + "/cases/" + w.id("caseB"), w.officerA)));
        c.put("POST " + API + "/cases/{id}/steps", new Scoped(
                w -> Call.json("POST", API + "/cases/" + w.id("freshCaseA") + "/steps", w.officerA,
                        map("step", "VERIFY", "note", "已核实")),
                w -> Call.json("POST", API + "/cases/" + w.id("caseB") + "/steps", w.officerA,
                        map("step", "CALLBACK", "note", "越权", "reached", true))));

        // appeals
        c.put("POST " + API + "/{id}/appeals", new Scoped(
                w -> Call.json("POST", API + "/" + w.id("evaluationA") + "/appeals", w.officerA,
                        map("reason", "MALICIOUS", "statement", "恶意评价")),
                w -> Call.json("POST", API + "/" + w.id("evaluationB") + "/appeals", w.officerA,
                        map("reason", "MALICIOUS", "statement", "越权申诉"))));
        c.put("GET " + API + "/{id}/appeals", new Scoped(
                w -> Call.get(API + "/" + w.id("appealedA") + "/appeals", w.officerA),
                w -> Call.get(API + "/" + w.id("appealedB") + "/appeals", w.officerA)));
        c.put("GET " + API + "/appeals", new Listed(w -> Call.get(API + "/appeals?state=PENDING&size=1000", w.officerA),
                w -> Call.get(API + "/appeals?state=PENDING&size=1000", w.root)));
        c.put("POST " + API + "/appeals/{id}/decision", new Scoped(
                w -> Call.json("POST", API + "/appeals/" + w.id("appealA") + "/decision", w.officerA,
                        map("uphold", true, "reason", "与服务无关")),
                w -> Call.json("POST", API + "/appeals/" + w.id("appealB") + "/decision", w.officerA,
                        map("uphold", true, "reason", "越权"))));

        // evaluation tickets: for a unit in reach only (another county's unit in the body: 400 naming unitId)
        c.put("POST " + API + "/tickets", new Scoped(
                w -> Call.json("POST", API + "/tickets", w.officerA,
                        map("unitId", w.countyA, "recordNo", "TK-A-" + Api.unique())),
                w -> Call.json("POST", API + "/tickets", w.officerA,
                        map("unitId", w.countyB, "recordNo", "TK-B-" + Api.unique())),
                Set.of(400)));

        // staff entries: with a ticket of a unit in reach (a ticket of B: 400 naming the ticket, nothing stored)
        c.put("POST " + API + "/entries", new Scoped(
                w -> Call.json("POST", API + "/entries", w.officerA,
                        map("ticket", issued(w, w.countyA), "level", "SATISFIED", "channel", "PHONE")),
                w -> Call.json("POST", API + "/entries", w.officerA,
                        map("ticket", issued(w, w.countyB), "level", "SATISFIED", "channel", "PHONE")),
                Set.of(400)));

        // complaints
        c.put("POST " + API + "/complaints", new Scoped(w -> Call.json("POST", API + "/complaints", w.officerA,
                complaintDraft(w.countyA, w.staffA)),
                w -> Call.json("POST", API + "/complaints", w.officerA,
                        complaintDraft(w.countyB, w.staffB)),
                Set.of(400)));
        c.put("GET " + API + "/complaints", new Listed(w -> Call.get(API + "/complaints?size=1000" + year, w.officerA),
                w -> Call.get(API + "/complaints?size=1000" + year, w.root)));
        c.put("GET " + API + "/complaints/{id}", new Scoped(
                w -> Call.get(API + "/complaints/" + w.id("complaintA"), w.officerA),
                w -> Call.get(API + "/complaints/" + w.id("complaintB"), w.officerA)));
        c.put("POST " + API + "/complaints/{id}/verification", new Scoped(
                w -> Call.json("POST", API + "/complaints/" + w.id("complaintOpenA") + "/verification", w.officerA,
                        map("upheld", false, "findings", "不属实")),
                w -> Call.json("POST", API + "/complaints/" + w.id("complaintOpenB") + "/verification", w.officerA,
                        map("upheld", false, "findings", "越权"))));
        c.put("POST " + API + "/complaints/{id}/reply", new Scoped(
                w -> Call.json("POST", API + "/complaints/" + w.id("complaintA") + "/reply", w.officerA,
                        map("text", "已答复")),
                w -> Call.json("POST", API + "/complaints/" + w.id("complaintB") + "/reply", w.officerA,
                        map("text", "越权"))));
        c.put("GET " + API + "/complaints/criticism", new Listed(
                w -> Call.get(API + "/complaints/criticism?" + year.substring(1), w.officerA),
                w -> Call.get(API + "/complaints/criticism?" + year.substring(1), w.root)));

        // section scoring
        c.put("GET " + API + "/scoring/rules", new Unscoped("the scoring weights and thresholds are the whole"
                + " installation's"));
        c.put("POST " + API + "/scoring/sheets", new Scoped(
                w -> Call.json("POST", API + "/scoring/sheets", w.officerA, sheetDraft(w.id("sectionA"),
                        w.staffA.path("id").asLong())),
                w -> Call.json("POST", API + "/scoring/sheets", w.officerA, sheetDraft(w.id("sectionB"),
                        w.staffB.path("id").asLong())),
                Set.of(400)));
        c.put("GET " + API + "/scoring/sheets", new Scoped(
                w -> Call.get(API + "/scoring/sheets?unitId=" + w.countyA + "&quarter=" + quarter(), w.officerA),
                w -> Call.get(API + "/scoring/sheets?unitId=" + w.countyB + "&quarter=" + quarter(), w.officerA)));
        c.put("DELETE " + API + "/scoring/sheets/{id}", new Scoped(
                w -> Call.delete(API + "/scoring/sheets/" + w.id("spareSheetA"), w.officerA),
                w -> Call.delete(API + "/scoring/sheets/" + w.id("sheetB"), w.officerA)));
        c.put("GET " + API + "/scoring/units/{unitId}/quarters/{quarter}/ranking", new Scoped(
                w -> Call.get(API + "/scoring/units/" + w.countyA + "/quarters/" + quarter() + "/ranking", w.officerA),
                w -> Call.get(API + "/scoring/units/" + w.countyB + "/quarters/" + quarter() + "/ranking",
                        w.officerA)));
        c.put("GET " + API + "/scoring/units/{unitId}/years/{year}/awards", new Scoped(
                w -> Call.get(API + "/scoring/units/" + w.countyA + "/years/" + today().getYear() + "/awards",
                        w.officerA),
                w -> Call.get(API + "/scoring/units/" + w.countyB + "/years/" + today().getYear() + "/awards",
                        w.officerA)));

        // rectification tasks
        c.put("GET " + API + "/tasks", new Listed(w -> Call.get(API + "/tasks?size=1000&q=" + w.markerB, w.officerA),
                w -> Call.get(API + "/tasks?size=1000&q=" + w.markerB, w.root)));
        c.put("GET " + API + "/tasks/overdue", new Listed(w -> Call.get(API + "/tasks/overdue?format=csv", w.officerA),
                w -> Call.get(API + "/tasks/overdue?format=csv", w.root)));
        c.put("GET " + API + "/tasks/{id}", new Scoped(w -> Call.get(API + "/tasks/" + w.id("taskA"), w.officerA),
                w -> Call.get(API + "/tasks/" + w.id("taskB"), w.officerA)));
        c.put("POST " + API + "/tasks", new Scoped(
                w -> Call.json("POST", API + "/tasks", w.officerA, taskDraft(w.countyA)),
                w -> Call.json("POST", API + "/tasks", w.officerA, taskDraft(w.countyB))));
        c.put("PUT " + API + "/tasks/{id}", new Scoped(
                w -> Call.json("PUT", API + "/tasks/" + w.id("taskA"), w.officerA, map("selfCheck", "已自查")),
                w -> Call.json("PUT", API + "/tasks/" + w.id("taskB"), w.officerA, map("selfCheck", "越权"))));
        c.put("POST " + API + "/tasks/{id}/close", new Scoped(
                w -> Call.json("POST", API + "/tasks/" + w.id("taskA") + "/close", w.officerA, map("evidence", "已整改")),
                w -> Call.json("POST", API + "/tasks/" + w.id("taskB") + "/close", w.officerA, map("evidence", "越权"))));
        c.put("POST " + API + "/tasks/{id}/reopen", new Scoped(
                w -> Call.json("POST", API + "/tasks/" + w.id("taskA") + "/reopen", w.officerA, map("reason", "复查未达标")),
                w -> Call.json("POST", API + "/tasks/" + w.id("taskB") + "/reopen", w.officerA, map("reason", "越权"))));
        c.put("GET " + API + "/tasks/template", new Unscoped("the self-check template is the same for every unit"));
        c.put("POST " + API + "/tasks/units/{unitId}/self-check", new Scoped(
                w -> Call.json("POST", API + "/tasks/units/" + w.townA + "/self-check", w.officerA, Map.of()),
                w -> Call.json("POST", API + "/tasks/units/" + w.countyB + "/self-check", w.officerA, Map.of())));
        c.put("GET " + API + "/tasks/units/{unitId}/sheet", new Scoped(
                w -> Call.get(API + "/tasks/units/" + w.countyA + "/sheet", w.officerA),
                w -> Call.get(API + "/tasks/units/" + w.countyB + "/sheet", w.officerA)));
        c.put("POST " + API + "/tasks/units/{unitId}/sheet", new Scoped(
                w -> new Call("POST", API + "/tasks/units/" + w.countyA + "/sheet?dryRun=true", w.officerA, XLSX,
                        selfCheckSheet(w, w.countyA)),
                w -> new Call("POST", API + "/tasks/units/" + w.countyB + "/sheet?dryRun=true", w.officerA, XLSX,
                        selfCheckSheet(w, w.countyB))));

        // visits
        c.put("GET " + API + "/visits", new Listed(w -> Call.get(API + "/visits?format=csv", w.officerA),
                w -> Call.get(API + "/visits?format=csv", w.root)));
        c.put("GET " + API + "/visits/{id}", new Scoped(w -> Call.get(API + "/visits/" + w.id("visitA"), w.officerA),
                w -> Call.get(API + "/visits/" + w.id("visitB"), w.officerA)));
        c.put("GET " + API + "/visits/{id}/tasks", new Scoped(
                w -> Call.get(API + "/visits/" + w.id("visitA") + "/tasks", w.officerA),
                w -> Call.get(API + "/visits/" + w.id("visitB") + "/tasks", w.officerA)));
        c.put("POST " + API + "/visits", new Scoped(
                w -> Call.json("POST", API + "/visits", w.officerA, visitDraft(w.countyA)),
                w -> Call.json("POST", API + "/visits", w.officerA, visitDraft(w.countyB))));
        return c;
    }

    private static Map<String, Object> taskDraft(long unit) {
        return map("unitId", unit, "goal", "优质服务窗口", "content", "统一着装", "deadlineText", "2099年12月底前");
    }

    private static Map<String, Object> visitDraft(long unit) {
        return map("kind", "MOCK_SURVEY", "unitId", unit, "place", "服务大厅1号窗口", "visitDate", today().toString(),
                "visitor", "市局调查组", "findings", List.of(map("description", "叫号屏不亮")));
    }

    /** A fresh evaluation ticket for a record of the unit, issued by the installation's administrator. */
    static String issued(World w, long unit) {
        return created(Api.post(API + "/tickets", w.root,
                Api.json(map("unitId", unit, "recordNo", "TE-" + Api.unique()))), "issue a ticket").path("token")
                .asText();
    }

    /** What the whole installation's administrator reads of county B in the evaluations tables. */
    static List<String> snapshotPaths(World w) {
        long b = w.countyB;
        return List.of(API + "/" + w.id("evaluationB"), API + "/" + w.id("appealedB"), API + "/cases/" + w.id("caseB"),
                API + "/" + w.id("appealedB") + "/appeals", API + "/complaints/" + w.id("complaintB"),
                API + "/complaints/" + w.id("complaintOpenB"), API + "/complaints?size=1000&unitId=" + b,
                API + "/scoring/sheets?unitId=" + b + "&quarter=" + quarter(), API + "/tasks/" + w.id("taskB"),
                API + "/tasks?size=1000&unitId=" + b, API + "/visits/" + w.id("visitB"), API + "/visits?unitId=" + b,
                API + "?size=1000&unitId=" + b, API + "/cases?size=1000&unitId=" + b);
    }
}
