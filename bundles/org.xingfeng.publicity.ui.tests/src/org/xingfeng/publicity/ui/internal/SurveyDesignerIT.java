package org.xingfeng.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.HorizontalBars;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignQuery;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.TargetGroup;
import org.xingfeng.publicity.api.campaigns.VenueKind;
import org.xingfeng.publicity.api.surveys.AreaComparison;
import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.Answer;
import org.xingfeng.publicity.api.surveys.AwarenessChange;
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Quota;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyQuery;
import org.xingfeng.publicity.api.surveys.SurveyService;
import org.xingfeng.publicity.api.surveys.SurveyState;

/**
 * The campaign form, the survey designer and the results view in SWT under Xvfb on the real services: a campaign made
 * and changed on the board (a refused period and no channel marked on their fields, nothing stored); a survey designed
 * with a branch and a quota (the service's refusal of a question's options marked on that question), saved, opened,
 * given codes, answered through the citizens' REST endpoint (the quota refusing once full); the results view's bars
 * equal to the server's counts; and two rounds compared.
 */
class SurveyDesignerIT extends ViewTestSupport {

    static CampaignService campaigns;
    static SurveyService surveys;
    static OrgService org;
    static OrgUnit county;
    static OrgUnit town;

    @BeforeAll
    static void data() throws Exception {
        campaigns = service(CampaignService.class);
        surveys = service(SurveyService.class);
        org = service(OrgService.class);
        String tag = PublicityViewsIT.tag("SD");
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        town = org.createUnit(admin, new OrgUnitDraft(county.id(), tag + "01", tag + "镇医保站", OrgLevel.TOWNSHIP));
    }

    static List<Campaign> titled(String theme) {
        return campaigns.campaigns(admin, new CampaignQuery(county.id(), null, theme), PageRequest.ALL).items()
                .stream().filter(c -> c.theme().equals(theme)).toList();
    }

    @Test
    void aCampaignIsMadeOnTheBoardAndChanged() throws Exception {
        CampaignsView view = new CampaignsView(open(), site, campaigns, org);
        assertTrue(view.newButton().isEnabled());
        String theme = PublicityViewsIT.tag("医保政策宣传月");
        LocalDate today = time.today();
        String[] errors = new String[3];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", county.id());
            d.setText("theme", theme);
            d.setText("goal", "政策知晓率达到 90%");
            d.setText("startDate", today.toString());
            d.setText("endDate", today.minusDays(1).toString());
            d.setCheckedValues("targetGroups", Set.of(TargetGroup.RESIDENTS.name(), TargetGroup.ELDERLY.name()));
            d.setCheckedValues("venueKinds", Set.of(VenueKind.VILLAGE.name(), VenueKind.COMMUNITY.name()));
            d.submit();
            errors[0] = d.error("endDate");
            errors[1] = d.error("channels");
            screenshotQuietly("publicity-campaign-form");
            d.setText("endDate", today.plusDays(29).toString());
            d.setCheckedValues("channels", Set.of(Channel.LED_SCREEN.name(), Channel.BROADCAST.name()));
            d.submit();
        }, () -> view.campaignDialog(null));
        assertFalse(errors[0].isEmpty(), "an end before the start is marked on the end");
        assertFalse(errors[1].isEmpty(), "no channel is marked on the channels");
        List<Campaign> made = titled(theme);
        assertEquals(1, made.size(), "saved once");
        Campaign c = made.get(0);
        assertEquals(Set.of(Channel.LED_SCREEN, Channel.BROADCAST), c.channels());
        assertEquals(Set.of(TargetGroup.RESIDENTS, TargetGroup.ELDERLY), c.targetGroups());
        assertEquals(today.plusDays(29), c.endDate());
        assertTrue(shown(view.list()).stream().anyMatch(r -> r.get(0).equals(theme)
                && r.get(6).contains("电子屏") && r.get(5).contains("进农村")), "the board read again");
        // changed: the goal and one more channel; the same campaign, not a second one
        Campaign listed = view.list().rows().stream().filter(x -> x.id() == c.id()).findFirst().orElseThrow();
        view.list().select(listed);
        assertTrue(view.editButton().isEnabled());
        withDialog(FormDialog.class, d -> {
            assertEquals(Set.of("LED_SCREEN", "BROADCAST"), d.checkedValues("channels"));
            d.setText("goal", "政策知晓率达到 95%");
            d.setCheckedValues("channels", Set.of("LED_SCREEN", "BROADCAST", "WECHAT"));
            d.submit();
        }, () -> view.campaignDialog(listed));
        List<Campaign> after = titled(theme);
        assertEquals(1, after.size());
        assertEquals("政策知晓率达到 95%", after.get(0).goal());
        assertEquals(3, after.get(0).channels().size());
        assertNoErrors(site);
    }

    @Test
    void aViewerMakesNoCampaignAndDesignsNoSurvey() throws Exception {
        Actor viewer = new Actor(1, "viewer", Set.of(PublicityRoles.VIEWER),
                Reach.of(county.id(), List.of(county.id(), town.id())));
        CampaignsView board = new CampaignsView(open(viewer, Locale.SIMPLIFIED_CHINESE), site, campaigns, org);
        assertFalse(board.newButton().isEnabled());
        SurveysView list = new SurveysView(open(viewer, Locale.SIMPLIFIED_CHINESE), site, surveys, org);
        assertFalse(list.newButton().isEnabled());
    }

    @Test
    void aSurveyIsDesignedOpenedAnsweredAndCharted() throws Exception {
        String title = PublicityViewsIT.tag("医保政策知晓率调查");
        SurveysView list = new SurveysView(open(), site, surveys, org);
        Survey[] designed = new Survey[1];
        String[] seen = new String[6];
        List<String> keysAfterReorder = new ArrayList<>();
        withDialog(SurveyDesigner.class, d -> {
            SurveyDesigner.choose(d.unitField(), county.name());
            // q1: knows (yes/no, required, a policy question)
            d.addQuestion();
            SurveyDesigner.type(d.keyField(), "knows");
            SurveyDesigner.choose(d.typeField(), "是/否");
            SurveyDesigner.type(d.textField(), "您是否知道医保电子凭证？");
            SurveyDesigner.check(d.requiredBox(), true);
            SurveyDesigner.check(d.policyBox(), true);
            // q2: how (single choice, asked only after "yes"), first with one option: refused by the service
            d.addQuestion();
            SurveyDesigner.type(d.keyField(), "how");
            SurveyDesigner.type(d.textField(), "您是否了解门诊共济政策？");
            SurveyDesigner.type(d.optionsField(), "了解");
            SurveyDesigner.check(d.policyBox(), true);
            SurveyDesigner.choose(d.showIfField(), "knows. 您是否知道医保电子凭证？");
            SurveyDesigner.choose(d.showYesField(), "是");
            // q3: say (text), q4: sat (rating), then the text moved below the rating
            d.addQuestion();
            SurveyDesigner.type(d.keyField(), "say");
            SurveyDesigner.choose(d.typeField(), "填空");
            SurveyDesigner.type(d.textField(), "您的意见和建议");
            d.addQuestion();
            SurveyDesigner.type(d.keyField(), "sat");
            SurveyDesigner.choose(d.typeField(), "评分");
            SurveyDesigner.type(d.textField(), "您对医保经办服务的满意程度");
            d.move(-1);
            // one question too many, removed again
            d.addQuestion();
            d.removeQuestion();
            keysAfterReorder.addAll(d.keys());
            // a quota: at most one response of the township from those who do not know
            d.addQuota();
            SurveyDesigner.type(d.quotaNameField(), "不知道者");
            SurveyDesigner.choose(d.quotaAreaField(), town.name());
            SurveyDesigner.choose(d.quotaQuestionField(), "knows. 您是否知道医保电子凭证？");
            SurveyDesigner.check(d.quotaChoicesList(), 1, true);
            SurveyDesigner.type(d.quotaLimitField(), "1");
            // no title and one option: each refusal marked where it belongs, nothing stored
            assertFalse(d.save());
            seen[0] = d.titleError().getText();
            seen[1] = d.questionErrors().get(1);
            seen[2] = d.questionTable().getItem(1).getText(7);
            seen[3] = d.questionError().getText();
            try {
                capture(d.getShell(), "publicity-survey-designer-refused");
            } catch (Exception e) {
                // for reading
            }
            SurveyDesigner.type(d.titleField(), title);
            d.selectQuestion(1);
            SurveyDesigner.type(d.optionsField(), "了解\n听说过\n不了解");
            SurveyDesigner.check(d.awareList(), 0, true);
            SurveyDesigner.check(d.awareList(), 1, true);
            assertTrue(d.save());
            seen[4] = d.questionErrors().toString();
            for (org.eclipse.swt.widgets.TableItem row : d.questionTable().getItems()) {
                assertEquals("", row.getText(7), "no mark left on the list");
            }
            try {
                capture(d.getShell(), "publicity-survey-designer");
                d.showPart(1);
                capture(d.getShell(), "publicity-survey-designer-quotas");
                d.showPart(0);
            } catch (Exception e) {
                // for reading
            }
            d.openSurvey();
            assertEquals(SurveyState.OPEN, d.survey().state());
            assertFalse(d.keyField().isEnabled(), "an open survey is read only");
            // codes for the township, then their sheet saved
            withDialog(FormDialog.class, f -> {
                f.select("areaUnitId", town.id());
                f.setText("count", "5");
                f.submit();
            }, d::codesDialog);
            seen[5] = site.lastExport == null ? null : site.lastExport.getFileName().toString();
            designed[0] = d.survey();
            d.close();
        }, () -> list.design(null));
        assertFalse(seen[0].isEmpty(), "no title is marked on the title");
        assertTrue(seen[1].startsWith("选项（每行一个）："), seen[1]);
        assertEquals(seen[1], seen[2], "the refusal is shown on the question's row");
        assertEquals(seen[1], seen[3], "and under the chosen question's editor");
        assertEquals(List.of("knows", "how", "sat", "say"), keysAfterReorder);
        assertEquals("[, , , ]", seen[4], "the marks go once it is saved");
        assertNotNull(seen[5], "the codes' sheet was saved");

        Survey s = surveys.survey(admin, designed[0].id()).orElseThrow();
        assertEquals(1, surveys.surveys(admin, new SurveyQuery(county.id(), null, title), PageRequest.ALL).items()
                .size(), "saved once");
        assertEquals(SurveyState.OPEN, s.state());
        Question how = s.questions().get(1);
        assertEquals(List.of("了解", "听说过", "不了解"), how.options());
        assertEquals(List.of(0, 1), how.awareOptions());
        assertEquals("knows", how.showIf().key());
        assertEquals(Boolean.TRUE, how.showIf().yes());
        assertEquals(QuestionType.RATING, s.questions().get(2).type());
        Quota quota = s.quotas().get(0);
        assertEquals(town.id(), quota.areaUnitId());
        assertEquals("knows", quota.questionKey());
        assertEquals(List.of(1), quota.choices());
        assertEquals(1, quota.limit());
        assertTrue(shown(list.list()).stream().anyMatch(r -> r.get(0).equals(title) && r.get(3).equals("进行中")),
                "the list read again");

        // answered through the citizens' endpoint: the branch followed, the quota full after one "no"
        List<String> codes = surveys.codeBatches(admin, s.id(), town.id(), true).get(0).codes();
        assertEquals(5, codes.size());
        assertEquals(201, answer(codes.get(0), "{\"knows\":{\"yes\":true},\"how\":{\"choices\":[0]},"
                + "\"sat\":{\"rating\":5},\"say\":{\"text\":\"希望村里多宣传\"}}").statusCode());
        assertEquals(201, answer(codes.get(1), "{\"knows\":{\"yes\":false},\"sat\":{\"rating\":3}}").statusCode());
        HttpResponse<String> full = answer(codes.get(2), "{\"knows\":{\"yes\":false},\"sat\":{\"rating\":2}}");
        assertEquals(409, full.statusCode());
        assertTrue(full.body().contains("quota_full"), full.body());
        assertEquals(201, answer(codes.get(3), "{\"knows\":{\"yes\":true},\"how\":{\"choices\":[2]},"
                + "\"sat\":{\"rating\":4},\"say\":{\"text\":\"电子屏很清楚\"}}").statusCode());

        SurveyResultsView results = new SurveyResultsView(open(), site, surveys, service(FindingService.class), org);
        results.show(s.id(), null, null);
        AreaStats server = surveys.results(admin, s.id(), null).get(0);
        assertEquals(3, server.responses());
        List<QuestionStats> charted = server.questions().stream().filter(q -> q.type() != QuestionType.TEXT)
                .toList();
        assertEquals(charted.size(), results.questionBars().size());
        for (int i = 0; i < charted.size(); i++) {
            List<Double> bars = results.questionBars().get(i).bars().stream().map(HorizontalBars.Bar::value)
                    .toList();
            assertEquals(charted.get(i).counts().stream().map(Integer::doubleValue).toList(), bars,
                    charted.get(i).key());
        }
        assertEquals(List.of(2.0, 1.0), results.questionBars().get(0).bars().stream().map(HorizontalBars.Bar::value)
                .toList(), "yes twice, no once");
        assertEquals(List.of("是", "否"), results.questionBars().get(0).bars().stream().map(HorizontalBars.Bar::label)
                .toList());
        assertEquals(List.of("了解", "听说过", "不了解"),
                results.questionBars().get(1).bars().stream().map(HorizontalBars.Bar::label).toList());
        QuestionStats say = server.questions().stream().filter(q -> q.key().equals("say")).findFirst().orElseThrow();
        assertEquals(say.texts(), List.of(results.textLists().get(0).getItems()));
        // the awareness per policy question and area, as the server gives it
        List<List<String>> rows = shown(results.awareness());
        QuestionStats knows = server.questions().get(0);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("全部地区") && r.get(1).equals("knows")
                && r.get(5).equals(SurveyResultsView.percent(knows.awarenessRate()))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(town.name()) && r.get(1).equals("how")),
                rows.toString());
        assertTrue(results.summary().getText().contains("答卷 3 份"), results.summary().getText());
        screenshot("publicity-survey-results");
        java.nio.file.Path before = site.lastExport;
        results.export();
        assertTrue(site.lastExport != null && !site.lastExport.equals(before), "the results were saved");
        // an area filter: the township alone
        results.show(s.id(), town.id(), null);
        AreaStats inTown = surveys.results(admin, s.id(), town.id()).get(0);
        assertEquals(inTown.questions().get(0).counts().stream().map(Integer::doubleValue).toList(),
                results.questionBars().get(0).bars().stream().map(HorizontalBars.Bar::value).toList());
        assertTrue(results.summary().getText().contains(town.name()), results.summary().getText());

        // a second round of the same policy questions, compared
        Survey second = surveys.create(admin, new SurveyDraft(county.id(), title + "（第二轮）", null,
                SurveyKind.AWARENESS, List.of(
                        new Question("knows", QuestionType.YES_NO, "您是否知道医保电子凭证？", null, null, true, true, null),
                        new Question("how", QuestionType.SINGLE, "您是否了解门诊共济政策？", List.of("了解", "听说过", "不了解"),
                                null, false, true, List.of(0, 1)))));
        surveys.open(admin, second.id());
        List<String> again = surveys.issueCodes(admin, second.id(), town.id(), 3).codes();
        for (String code : again) {
            surveys.respond(code, Map.of("knows", new Answer(null, null, true, null), "how",
                    new Answer(List.of(1), null, null, null)));
        }
        results.readSurveys();
        results.show(second.id(), null, s.id());
        List<AreaComparison> compared = surveys.compare(admin, s.id(), second.id(), null);
        List<List<String>> cmp = shown(results.comparison());
        int expected = compared.stream().mapToInt(a -> 1 + a.questions().size()).sum();
        assertEquals(expected, cmp.size(), cmp.toString());
        AreaComparison all = compared.get(0);
        assertNull(all.areaUnitId());
        assertEquals(List.of("全部地区", "3", "3", "", "全部政策题", SurveyResultsView.percent(all.before()),
                SurveyResultsView.percent(all.after()), SurveyResultsView.points(all.change())), cmp.get(0));
        AwarenessChange k = all.questions().stream().filter(q -> q.key().equals("knows")).findFirst().orElseThrow();
        assertTrue(cmp.stream().anyMatch(r -> r.get(0).equals("全部地区") && r.get(3).equals("knows")
                && r.get(5).equals(SurveyResultsView.percent(k.before()))
                && r.get(6).equals(SurveyResultsView.percent(k.after()))), cmp.toString());
        assertEquals("100.0%", SurveyResultsView.percent(k.after()));
        assertEquals(2 * all.questions().size(), results.comparisonBars().bars().size());
        results.showTab(2);
        screenshot("publicity-survey-comparison");
        before = site.lastExport;
        results.exportComparison();
        assertTrue(site.lastExport != null && !site.lastExport.equals(before), "the comparison was saved");
        assertNoErrors(site);
    }

    static HttpResponse<String> answer(String code, String answers) throws Exception {
        String port = System.getProperty("org.osgi.service.http.port", "8080");
        HttpRequest request = HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/publicity/public/surveys/" + code
                        + "/responses"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":" + answers + "}", StandardCharsets.UTF_8))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 503 || System.currentTimeMillis() > deadline) {
                    return r;
                }
            } catch (java.net.ConnectException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(500);
        }
    }

    /** A screenshot from inside a dialog's event loop (failures of the capture do not fail the form's test). */
    void screenshotQuietly(String name) {
        try {
            for (Shell s : display.getShells()) {
                if (s.getData() instanceof FormDialog && s.isVisible()) {
                    capture(s, name);
                }
            }
        } catch (Exception e) {
            // the screenshot is for reading, not for the assertion
        }
    }
}
