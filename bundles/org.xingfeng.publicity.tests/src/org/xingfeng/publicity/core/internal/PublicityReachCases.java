package org.xingfeng.publicity.core.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.ReachMatrix.Call;
import org.xingfeng.platform.testing.ReachMatrix.Case;
import org.xingfeng.platform.testing.ReachMatrix.Listed;
import org.xingfeng.platform.testing.ReachMatrix.Scoped;
import org.xingfeng.platform.testing.ReachMatrix.Unscoped;
import org.xingfeng.platform.testing.ReachMatrix.World;
import org.xingfeng.publicity.api.PublicityRoles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reach cases of the publicity module's operations, added to the platform's. County A's officer is a publicity
 * editor; counties A and B each have an article by their staff member (B's titled with the world's marker), made by
 * the installation's administrator ({@link #fixtures}).
 */
final class PublicityReachCases {

    private static final String API = PublicityFixtures.API;

    private PublicityReachCases() {
    }

    static List<String> officerRoles() {
        return List.of(PublicityRoles.EDITOR);
    }

    static String today() {
        return LocalDate.now().toString();
    }

    static void fixtures(World w) {
        long staffA = w.staffA.path("id").asLong();
        long staffB = w.staffB.path("id").asLong();
        w.ids.put("articleA", PublicityFixtures.article(w.root, w.countyA, "甲县稿件", "CITY", today(), staffA));
        w.ids.put("articleB",
                PublicityFixtures.article(w.root, w.countyB, "乙县稿件" + w.markerB, "CITY", today(), staffB));
        w.ids.put("campaignA", PublicityFixtures.campaign(w.root, w.countyA, "甲县宣传月"));
        w.ids.put("campaignB", PublicityFixtures.campaign(w.root, w.countyB, "乙县宣传月" + w.markerB));
        w.ids.put("activityA", PublicityFixtures.activity(w.root, w.id("campaignA"), w.townA, 100, 50));
        w.ids.put("activityB", PublicityFixtures.activity(w.root, w.id("campaignB"), w.countyB, 100, 50));
        w.ids.put("surveyA", openSurvey(w.root, w.countyA, "甲县调查"));
        w.ids.put("surveyB", openSurvey(w.root, w.countyB, "乙县调查" + w.markerB));
        w.ids.put("materialA", material(w.root, w.countyA, "甲县海报", true));
        w.ids.put("materialB", material(w.root, w.countyB, "乙县海报" + w.markerB, true));
        // ten of county A who do not know the policy: a finding of survey A in county A
        JsonNode codes = PublicityFixtures.ok(Api.post(API + "/surveys/" + w.id("surveyA") + "/codes", w.root,
                Api.json(Map.of("areaUnitId", w.countyA, "count", 10))), 201, "codes").path("codes");
        for (JsonNode c : codes) {
            PublicityFixtures.ok(Api.post(API + "/surveys/" + w.id("surveyA") + "/paper", w.root,
                    Api.json(Map.of("code", c.asText(), "answers", Map.of("knows", Map.of("yes", false))))), 201,
                    "paper");
        }
    }

    static final byte[] PNG = MaterialsIT.PNG;

    /** A poster of the unit, with a file when asked. */
    static long material(String token, long unit, String title, boolean withFile) {
        long id = PublicityFixtures.ok(Api.post(API + "/materials", token,
                Api.json(Map.of("unitId", unit, "kind", "POSTER", "title", title))), 201, "material").path("id")
                .asLong();
        if (withFile) {
            PublicityFixtures.ok(MaterialsIT.upload(token, id, "海报.png", PNG), 201, "upload");
        }
        return id;
    }

    static long slogan(String token, long unit) {
        return PublicityFixtures.ok(Api.post(API + "/materials", token,
                Api.json(Map.of("unitId", unit, "kind", "SLOGAN", "title", "医保惠民 " + Api.unique()))), 201,
                "slogan").path("id").asLong();
    }

    static long survey(String token, long unit, String title) {
        return PublicityFixtures.ok(Api.post(API + "/surveys", token, Api.json(surveyDraft(unit, title))), 201,
                "create survey").path("id").asLong();
    }

    static long openSurvey(String token, long unit, String title) {
        long id = survey(token, unit, title);
        PublicityFixtures.ok(Api.post(API + "/surveys/" + id + "/open", token, ""), 200, "open survey");
        PublicityFixtures.ok(Api.post(API + "/surveys/" + id + "/codes", token,
                Api.json(Map.of("areaUnitId", unit, "count", 2))), 201, "codes");
        return id;
    }

    static String code(String token, long survey, long area) {
        return PublicityFixtures.ok(Api.post(API + "/surveys/" + survey + "/codes", token,
                Api.json(Map.of("areaUnitId", area, "count", 1))), 201, "code").path("codes").get(0).asText();
    }

    /** A code issued already (read, so that a refused call changes nothing of B's before it is made). */
    static String issuedCode(String token, long survey) {
        return PublicityFixtures.ok(Api.get(API + "/surveys/" + survey + "/codes", token), 200, "codes").path("rows")
                .get(0).get(0).asText();
    }

    static Map<String, Object> surveyDraft(long unit, String title) {
        return Map.of("unitId", unit, "title", title, "kind", "AWARENESS", "questions", List.of(Map.of("key", "knows",
                "type", "YES_NO", "text", "您是否知道医保电子凭证？", "required", true, "policy", true)));
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        String articles = API + "/articles";
        c.put("POST " + articles, new Scoped(
                w -> Call.json("POST", articles, w.officerA, PublicityFixtures.articleDraft(w.countyA, "甲县新稿",
                        "COUNTY", today(), List.of(w.staffA.path("id").asLong()))),
                w -> Call.json("POST", articles, w.officerA, PublicityFixtures.articleDraft(w.countyB, "越界稿件",
                        "COUNTY", today(), List.of(w.staffB.path("id").asLong()))),
                Set.of(400)));
        c.put("GET " + articles, new Listed(w -> Call.get(articles + "?size=1000", w.officerA),
                w -> Call.get(articles + "?size=1000", w.root)));
        c.put("GET " + articles + "/{id}", new Scoped(w -> Call.get(articles + "/" + w.id("articleA"), w.officerA),
                w -> Call.get(articles + "/" + w.id("articleB"), w.officerA)));
        c.put("PUT " + articles + "/{id}", new Scoped(
                w -> Call.json("PUT", articles + "/" + w.id("articleA"), w.officerA,
                        PublicityFixtures.articleDraft(w.countyA, "甲县稿件改", "CITY", today(),
                                List.of(w.staffA.path("id").asLong()))),
                w -> Call.json("PUT", articles + "/" + w.id("articleB"), w.officerA,
                        PublicityFixtures.articleDraft(w.countyB, "改名", "CITY", today(),
                                List.of(w.staffB.path("id").asLong())))));
        c.put("DELETE " + articles + "/{id}", new Scoped(
                w -> Call.delete(articles + "/" + PublicityFixtures.article(w.root, w.countyA, "待删", "COUNTY",
                        today(), w.staffA.path("id").asLong()), w.officerA),
                w -> Call.delete(articles + "/" + w.id("articleB"), w.officerA)));
        c.put("GET " + articles + "/leaderboard", new Listed(w -> Call.get(articles + "/leaderboard", w.officerA),
                w -> Call.get(articles + "/leaderboard", w.root)));
        c.put("GET " + articles + "/leaderboard/sections",
                new Listed(w -> Call.get(articles + "/leaderboard/sections", w.officerA),
                        w -> Call.get(articles + "/leaderboard/sections", w.root)));
        c.put("GET " + articles + "/points", new Unscoped("points per media level are configuration, the same for"
                + " every unit"));
        String campaigns = API + "/campaigns";
        c.put("POST " + campaigns, new Scoped(
                w -> Call.json("POST", campaigns, w.officerA, PublicityFixtures.campaignDraft(w.countyA, "甲县新活动")),
                w -> Call.json("POST", campaigns, w.officerA, PublicityFixtures.campaignDraft(w.countyB, "越界活动")),
                Set.of(400)));
        c.put("GET " + campaigns, new Listed(w -> Call.get(campaigns + "?size=1000", w.officerA),
                w -> Call.get(campaigns + "?size=1000", w.root)));
        c.put("GET " + campaigns + "/{id}", new Scoped(w -> Call.get(campaigns + "/" + w.id("campaignA"), w.officerA),
                w -> Call.get(campaigns + "/" + w.id("campaignB"), w.officerA)));
        c.put("PUT " + campaigns + "/{id}", new Scoped(
                w -> Call.json("PUT", campaigns + "/" + w.id("campaignA"), w.officerA,
                        PublicityFixtures.campaignDraft(w.countyA, "甲县宣传月改")),
                w -> Call.json("PUT", campaigns + "/" + w.id("campaignB"), w.officerA,
                        PublicityFixtures.campaignDraft(w.countyB, "改名"))));
        c.put("POST " + campaigns + "/{id}/activities", new Scoped(
                w -> Call.json("POST", campaigns + "/" + w.id("campaignA") + "/activities", w.officerA,
                        PublicityFixtures.activityDraft(w.countyA, 10, 10)),
                w -> Call.json("POST", campaigns + "/" + w.id("campaignB") + "/activities", w.officerA,
                        PublicityFixtures.activityDraft(w.countyA, 10, 10))));
        c.put("GET " + campaigns + "/{id}/activities",
                new Scoped(w -> Call.get(campaigns + "/" + w.id("campaignA") + "/activities", w.officerA),
                        w -> Call.get(campaigns + "/" + w.id("campaignB") + "/activities", w.officerA)));
        c.put("GET " + campaigns + "/{id}/rollup",
                new Scoped(w -> Call.get(campaigns + "/" + w.id("campaignA") + "/rollup", w.officerA),
                        w -> Call.get(campaigns + "/" + w.id("campaignB") + "/rollup", w.officerA)));
        c.put("PUT " + campaigns + "/activities/{activityId}", new Scoped(
                w -> Call.json("PUT", campaigns + "/activities/" + w.id("activityA"), w.officerA,
                        PublicityFixtures.activityDraft(w.townA, 120, 60)),
                w -> Call.json("PUT", campaigns + "/activities/" + w.id("activityB"), w.officerA,
                        PublicityFixtures.activityDraft(w.countyB, 1, 1))));
        c.put("DELETE " + campaigns + "/activities/{activityId}", new Scoped(
                w -> Call.delete(campaigns + "/activities/"
                        + PublicityFixtures.activity(w.root, w.id("campaignA"), w.countyA, 1, 1), w.officerA),
                w -> Call.delete(campaigns + "/activities/" + w.id("activityB"), w.officerA)));
        String surveys = API + "/surveys";
        c.put("POST " + surveys, new Scoped(
                w -> Call.json("POST", surveys, w.officerA, surveyDraft(w.countyA, "甲县新调查")),
                w -> Call.json("POST", surveys, w.officerA, surveyDraft(w.countyB, "越界调查")), Set.of(400)));
        c.put("GET " + surveys, new Listed(w -> Call.get(surveys + "?size=1000", w.officerA),
                w -> Call.get(surveys + "?size=1000", w.root)));
        c.put("GET " + surveys + "/{id}", new Scoped(w -> Call.get(surveys + "/" + w.id("surveyA"), w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB"), w.officerA)));
        c.put("PUT " + surveys + "/{id}", new Scoped(
                w -> Call.json("PUT", surveys + "/" + survey(w.root, w.countyA, "甲县草稿"), w.officerA,
                        surveyDraft(w.countyA, "甲县草稿改")),
                w -> Call.json("PUT", surveys + "/" + w.id("surveyB"), w.officerA, surveyDraft(w.countyB, "改名"))));
        c.put("POST " + surveys + "/{id}/open", new Scoped(
                w -> Call.json("POST", surveys + "/" + survey(w.root, w.countyA, "甲县待开") + "/open", w.officerA,
                        Map.of()),
                w -> Call.json("POST", surveys + "/" + w.id("surveyB") + "/open", w.officerA, Map.of())));
        c.put("POST " + surveys + "/{id}/close", new Scoped(
                w -> Call.json("POST", surveys + "/" + openSurvey(w.root, w.countyA, "甲县待关") + "/close", w.officerA,
                        Map.of()),
                w -> Call.json("POST", surveys + "/" + w.id("surveyB") + "/close", w.officerA, Map.of())));
        c.put("POST " + surveys + "/{id}/codes", new Scoped(
                w -> Call.json("POST", surveys + "/" + w.id("surveyA") + "/codes", w.officerA,
                        Map.of("areaUnitId", w.townA, "count", 3)),
                w -> Call.json("POST", surveys + "/" + w.id("surveyB") + "/codes", w.officerA,
                        Map.of("areaUnitId", w.countyA, "count", 3))));
        c.put("GET " + surveys + "/{id}/codes", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/codes", w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/codes", w.officerA)));
        c.put("GET " + surveys + "/{id}/results", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/results", w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/results", w.officerA)));
        c.put("POST " + surveys + "/{id}/paper", new Scoped(
                w -> Call.json("POST", surveys + "/" + w.id("surveyA") + "/paper", w.officerA,
                        Map.of("code", code(w.root, w.id("surveyA"), w.townA), "answers",
                                Map.of("knows", Map.of("yes", true)))),
                w -> Call.json("POST", surveys + "/" + w.id("surveyB") + "/paper", w.officerA,
                        Map.of("code", issuedCode(w.root, w.id("surveyB")), "answers",
                                Map.of("knows", Map.of("yes", true))))));
        c.put("GET " + surveys + "/{id}/codes/sheet", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/codes/sheet", w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/codes/sheet", w.officerA)));
        c.put("GET " + surveys + "/{id}/comparison", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/comparison?before=" + w.id("surveyA"), w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/comparison?before=" + w.id("surveyB"),
                        w.officerA)));
        c.put("GET " + surveys + "/{id}/evaluations", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/evaluations", w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/evaluations", w.officerA)));
        c.put("GET " + surveys + "/{id}/findings", new Scoped(
                w -> Call.get(surveys + "/" + w.id("surveyA") + "/findings", w.officerA),
                w -> Call.get(surveys + "/" + w.id("surveyB") + "/findings", w.officerA)));
        c.put("POST " + surveys + "/{id}/findings/rectify", new Scoped(w -> {
            RectificationStandIn.on(); // the runtime has no evaluations module
            return Call.json("POST", surveys + "/" + w.id("surveyA") + "/findings/rectify", w.officerA,
                    Map.of("areaUnitId", w.countyA, "questionKey", "knows", "measure", "AWARENESS"));
        }, w -> Call.json("POST", surveys + "/" + w.id("surveyB") + "/findings/rectify", w.officerA,
                Map.of("areaUnitId", w.countyB, "questionKey", "knows", "measure", "AWARENESS"))));
        String materials = API + "/materials";
        c.put("POST " + materials, new Scoped(
                w -> Call.json("POST", materials, w.officerA, Map.of("unitId", w.countyA, "kind", "LEAFLET", "title",
                        "甲县宣传单")),
                w -> Call.json("POST", materials, w.officerA, Map.of("unitId", w.countyB, "kind", "LEAFLET", "title",
                        "越界资料")),
                Set.of(400)));
        c.put("GET " + materials, new Listed(w -> Call.get(materials + "?size=1000", w.officerA),
                w -> Call.get(materials + "?size=1000", w.root)));
        c.put("GET " + materials + "/{id}", new Scoped(w -> Call.get(materials + "/" + w.id("materialA"), w.officerA),
                w -> Call.get(materials + "/" + w.id("materialB"), w.officerA)));
        c.put("PUT " + materials + "/{id}", new Scoped(
                w -> Call.json("PUT", materials + "/" + w.id("materialA"), w.officerA,
                        Map.of("unitId", w.countyA, "kind", "POSTER", "title", "甲县海报改")),
                w -> Call.json("PUT", materials + "/" + w.id("materialB"), w.officerA,
                        Map.of("unitId", w.countyB, "kind", "POSTER", "title", "改名"))));
        c.put("POST " + materials + "/{id}/versions", new Scoped(
                w -> new Call("POST", materials + "/" + w.id("materialA") + "/versions?name=a.png", w.officerA,
                        "application/octet-stream", PNG),
                w -> new Call("POST", materials + "/" + w.id("materialB") + "/versions?name=b.png", w.officerA,
                        "application/octet-stream", PNG)));
        c.put("POST " + materials + "/{id}/approve", new Scoped(
                w -> Call.json("POST", materials + "/" + slogan(w.root, w.countyA) + "/approve", w.officerA, Map.of()),
                w -> Call.json("POST", materials + "/" + w.id("materialB") + "/approve", w.officerA, Map.of())));
        c.put("POST " + materials + "/{id}/withdraw", new Scoped(
                w -> Call.json("POST", materials + "/" + slogan(w.root, w.countyA) + "/withdraw", w.officerA,
                        Map.of()),
                w -> Call.json("POST", materials + "/" + w.id("materialB") + "/withdraw", w.officerA, Map.of())));
        c.put("GET " + materials + "/{id}/file", new Scoped(
                w -> Call.get(materials + "/" + w.id("materialA") + "/file", w.officerA),
                w -> Call.get(materials + "/" + w.id("materialB") + "/file", w.officerA)));
        String citizens = "citizens answer with a random access code, which is the only key (no unit is read or"
                + " listed); validated and rate-limited";
        c.put("GET " + API + "/public/surveys/{code}", new Unscoped(citizens));
        c.put("POST " + API + "/public/surveys/{code}/responses", new Unscoped(citizens));
        c.put("GET /survey/{code}",
                new Unscoped("the citizens' survey page: static HTML, its data read with the code"));
        return c;
    }

    static List<String> snapshotPaths(World w) {
        return List.of(API + "/articles/" + w.id("articleB"), API + "/articles?unitId=" + w.countyB + "&size=1000",
                API + "/campaigns/" + w.id("campaignB"), API + "/campaigns/" + w.id("campaignB") + "/activities",
                API + "/campaigns/" + w.id("campaignB") + "/rollup", API + "/surveys/" + w.id("surveyB"),
                API + "/surveys/" + w.id("surveyB") + "/results", API + "/surveys/" + w.id("surveyB") + "/codes",
                API + "/surveys/" + w.id("surveyB") + "/comparison?before=" + w.id("surveyB"),
                API + "/materials/" + w.id("materialB"), API + "/materials?unitId=" + w.countyB + "&size=1000");
    }
}
