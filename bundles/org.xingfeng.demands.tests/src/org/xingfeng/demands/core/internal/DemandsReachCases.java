package org.xingfeng.demands.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.xingfeng.demands.api.DemandsRoles;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.World;

/**
 * The reach cases of the demands module's operations, added to the platform's. County A's officer holds the module's
 * four roles; counties A and B each have a section and a demand (B's topic carries the world's marker), made by the
 * installation's administrator ({@link #fixtures}). A's own calls that need a demand in a given state get a fresh one;
 * reminders and escalations a demand received long ago, extensions one received today.
 */
final class DemandsReachCases {

    private static final String API = DemandsFixtures.API;
    /** Long enough ago that every deadline has passed and an escalation is due. */
    private static final LocalDate LONG_AGO = LocalDate.of(2026, 1, 5);

    private DemandsReachCases() {
    }

    static List<String> officerRoles() {
        return List.of(DemandsRoles.OFFICER, DemandsRoles.HEAD, DemandsRoles.COORDINATOR, DemandsRoles.HANDLER);
    }

    static void fixtures(World w) {
        for (String side : List.of("A", "B")) {
            long unit = side.equals("A") ? w.countyA : w.countyB;
            String marker = side.equals("A") ? "甲" : w.markerB;
            long section = DemandsFixtures.section(w.root, unit, "办公室" + marker);
            w.ids.put("section" + side, section);
            long demand = DemandsFixtures.register(w.root, unit, "COMPLAINT", "乙县诉求" + marker, LONG_AGO).path("id")
                    .asLong();
            w.ids.put("demand" + side, demand);
            w.ids.put("file" + side, AttachmentsIT.upload(w.root, demand, null, "来信" + marker + ".txt",
                    ("来信内容" + marker).getBytes(java.nio.charset.StandardCharsets.UTF_8)).path("id").asLong());
        }
        // the lead section reviews: a member of A's section with the officer's roles
        w.ids.put(REVIEWER_A, DemandsFixtures.member(w.root, w.countyA, w.id("sectionA"),
                officerRoles().toArray(String[]::new)));
    }

    private static final String REVIEWER_A = "reviewerA";

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** A fresh demand of A in the state. */
    private static long a(World w, String state) {
        return DemandsFixtures.inState(w.root, w.countyA, w.id("sectionA"), state, today());
    }

    private static void step(Map<String, Case> c, String step, Function<World, Long> own, Object body) {
        c.put("POST " + API + "/{id}/" + step,
                new Scoped(w -> Call.json("POST", API + "/" + own.apply(w) + "/" + step, w.officerA, body),
                        w -> Call.json("POST", API + "/" + w.id("demandB") + "/" + step, w.officerA, body)));
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("POST " + API, new Scoped(
                w -> Call.json("POST", API, w.officerA,
                        DemandsFixtures.draft(w.countyA, "HELP", "求助" + Api.unique(), today())),
                w -> Call.json("POST", API, w.officerA, DemandsFixtures.draft(w.countyB, "HELP", "越界登记", today())),
                Set.of(400)));
        c.put("GET " + API, new Listed(w -> Call.get(API + "?size=1000", w.officerA),
                w -> Call.get(API + "?size=1000", w.root)));
        c.put("GET " + API + "/{id}", new Scoped(w -> Call.get(API + "/" + w.id("demandA"), w.officerA),
                w -> Call.get(API + "/" + w.id("demandB"), w.officerA)));
        c.put("GET " + API + "/{id}/history",
                new Scoped(w -> Call.get(API + "/" + w.id("demandA") + "/history", w.officerA),
                        w -> Call.get(API + "/" + w.id("demandB") + "/history", w.officerA)));
        step(c, "instruct", w -> a(w, "REGISTERED"), Map.of("text", "请尽快办理"));
        c.put("POST " + API + "/{id}/assign", new Scoped(
                w -> Call.json("POST", API + "/" + a(w, "INSTRUCTED") + "/assign", w.officerA,
                        Map.of("leadSectionId", w.id("sectionA"))),
                w -> Call.json("POST", API + "/" + w.id("demandB") + "/assign", w.officerA,
                        Map.of("leadSectionId", w.id("sectionB")))));
        step(c, "handle", w -> a(w, "ASSIGNED"), Map.of("text", "已办理"));
        c.put("POST " + API + "/{id}/review", new Scoped(
                w -> Call.json("POST", API + "/" + a(w, "HANDLED") + "/review", (String) w.ids.get(REVIEWER_A),
                        Map.of("approved", true)),
                w -> Call.json("POST", API + "/" + w.id("demandB") + "/review", (String) w.ids.get(REVIEWER_A),
                        Map.of("approved", true))));
        byte[] pdf = "%PDF-1.4\n% 附件\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        c.put("POST " + API + "/{id}/attachments", new Scoped(
                w -> new Call("POST", API + "/" + w.id("demandA") + "/attachments?name=a.pdf", w.officerA,
                        "application/octet-stream", pdf),
                w -> new Call("POST", API + "/" + w.id("demandB") + "/attachments?name=b.pdf", w.officerA,
                        "application/octet-stream", pdf)));
        c.put("GET " + API + "/{id}/attachments",
                new Scoped(w -> Call.get(API + "/" + w.id("demandA") + "/attachments", w.officerA),
                        w -> Call.get(API + "/" + w.id("demandB") + "/attachments", w.officerA)));
        c.put("GET " + API + "/{id}/attachments/{fileId}", new Scoped(
                w -> Call.get(API + "/" + w.id("demandA") + "/attachments/" + w.id("fileA"), w.officerA),
                w -> Call.get(API + "/" + w.id("demandB") + "/attachments/" + w.id("fileB"), w.officerA)));
        c.put("DELETE " + API + "/{id}/attachments/{fileId}", new Scoped(w -> {
            long own = AttachmentsIT.upload(w.officerA, w.id("demandA"), null, "删除.pdf", pdf).path("id").asLong();
            return Call.delete(API + "/" + w.id("demandA") + "/attachments/" + own, w.officerA);
        }, w -> Call.delete(API + "/" + w.id("demandB") + "/attachments/" + w.id("fileB"), w.officerA)));
        step(c, "reply", w -> a(w, "REVIEWED"), Map.of("text", "已答复"));
        step(c, "satisfaction", w -> a(w, "REPLIED"), Map.of("satisfied", true));
        step(c, "close", w -> a(w, "RATED"), Map.of());
        step(c, "extension", w -> a(w, "ASSIGNED"), Map.of("days", 2, "reason", "需调取档案"));
        step(c, "extension/decision", w -> {
            long id = a(w, "ASSIGNED");
            DemandsFixtures.step(w.root, id, "extension", Map.of("days", 2, "reason", "需调取档案"));
            return id;
        }, Map.of("approved", true));
        step(c, "remind", w -> DemandsFixtures.register(w.root, w.countyA, "CONSULTATION", "催办" + Api.unique(),
                LONG_AGO).path("id").asLong(), Map.of("text", "请加快办理"));
        step(c, "escalate", w -> DemandsFixtures.register(w.root, w.countyA, "CONSULTATION", "通报" + Api.unique(),
                LONG_AGO).path("id").asLong(), Map.of("text", "超期通报"));
        c.put("POST " + API + "/{id}/duplicate", new Scoped(
                w -> Call.json("POST", API + "/" + a(w, "REGISTERED") + "/duplicate", w.officerA,
                        Map.of("originalId", w.id("demandA"))),
                w -> Call.json("POST", API + "/" + w.id("demandB") + "/duplicate", w.officerA,
                        Map.of("originalId", w.id("demandA")))));
        c.put("GET " + API + "/supervision/board", new Listed(w -> Call.get(API + "/supervision/board", w.officerA),
                w -> Call.get(API + "/supervision/board", w.root)));
        c.put("GET " + API + "/supervision/figures",
                new Listed(w -> Call.get(API + "/supervision/figures?by=UNIT", w.officerA),
                        w -> Call.get(API + "/supervision/figures?by=UNIT", w.root)));
        c.put("POST " + API + "/import", new Scoped(
                w -> new Call("POST", API + "/import", w.officerA, XLSX, hotline(w, "甲" + Api.unique(), "A")),
                w -> new Call("POST", API + "/import", w.officerA, XLSX, hotline(w, "乙" + Api.unique(), "B")),
                Set.of(422)));
        c.put("GET " + API + "/templates", new org.xingfeng.platform.testing.ReachMatrix.Unscoped(
                "the response templates are configuration, the same for every unit"));
        c.put("GET " + API + "/open311/v2/services.json", new org.xingfeng.platform.testing.ReachMatrix.Unscoped(
                "the categories (Open311 services) are the same for every unit"));
        c.put("GET " + API + "/open311/v2/requests.json",
                new Listed(w -> Call.get(API + "/open311/v2/requests.json?start_date=2025-12-01", w.officerA),
                        w -> Call.get(API + "/open311/v2/requests.json?start_date=2025-12-01", w.root)));
        c.put("GET " + API + "/open311/v2/requests/{id}.json",
                new Scoped(w -> Call.get(API + "/open311/v2/requests/" + w.id("demandA") + ".json", w.officerA),
                        w -> Call.get(API + "/open311/v2/requests/" + w.id("demandB") + ".json", w.officerA)));
        return c;
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A one-row hotline export for the county's unit code. */
    static byte[] hotline(World w, String no, String side) {
        String code = Api.get("/api/v1/org/units/" + (side.equals("A") ? w.countyA : w.countyB), w.root).json()
                .path("code").asText();
        return org.xingfeng.platform.testing.ReachMatrix.xlsx(
                List.of("工单号", "受理日期", "单位编码", "类别", "主题", "诉求内容"),
                List.of(List.of(no, today().toString(), code, "咨询", "导入诉求", "咨询参保缴费")));
    }

    static List<String> snapshotPaths(World w) {
        long b = w.id("demandB");
        return List.of(API + "/" + b, API + "/" + b + "/history", API + "/" + b + "/attachments",
                API + "?unitId=" + w.countyB + "&size=1000");
    }
}
