package org.xingfeng.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Modules;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.testing.TestSite;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingMeasure;
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The results view's 问题与整改 tab in SWT under Xvfb on the real services, the evaluations module running beside: a
 * township that knows the policy poorly and is poorly satisfied has its two findings in the tab exactly as the
 * server's findings JSON gives them, the other township none; 生成整改任务 makes the evaluations module's task (its id
 * shown, the task there over REST); a second client not yet read again is refused with the server's message and makes
 * no second task; an editor without the evaluations role is refused with that module's message; a viewer and a server
 * without the evaluations module get the button disabled with the reason shown.
 */
class SurveyFindingsIT extends ViewTestSupport {

    static SurveyService surveys;
    static FindingService findings;
    static OrgService org;
    static OrgUnit county;
    static OrgUnit weak;
    static OrgUnit strong;
    static Survey survey;
    static String token;

    @BeforeAll
    static void data() throws Exception {
        surveys = service(SurveyService.class);
        findings = service(FindingService.class);
        org = service(OrgService.class);
        String tag = PublicityViewsIT.tag("SF");
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        weak = org.createUnit(admin, new OrgUnitDraft(county.id(), tag + "01", tag + "东镇医保站", OrgLevel.TOWNSHIP));
        strong = org.createUnit(admin, new OrgUnitDraft(county.id(), tag + "02", tag + "西镇医保站", OrgLevel.TOWNSHIP));
        survey = surveys.create(admin, new SurveyDraft(county.id(), tag + "医保政策知晓度与满意度调查", null,
                SurveyKind.SATISFACTION, List.of(
                        new Question("knows", QuestionType.YES_NO, "您是否知道门诊共济政策？", null, null, true, true, null),
                        new Question("sat", QuestionType.RATING, "您对医保经办服务是否满意？", null, 5, true, false,
                                null))));
        surveys.open(admin, survey.id());
        // the east township: 4 of 10 aware (40% < 80%), ratings 2,2,2,2,3,4,4,5,5,5: 6 of 10 satisfied (60% < 85%)
        answer(weak, new boolean[] { true, true, true, true, false, false, false, false, false, false },
                new int[] { 2, 2, 2, 2, 3, 4, 4, 5, 5, 5 });
        // the west township: all aware, all 5s: no finding
        answer(strong, new boolean[] { true, true, true, true, true, true, true, true, true, true },
                new int[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 });
        Api.awaitReady();
        token = Api.admin();
    }

    /** Each respondent answers through the citizens' endpoint with an access code of the area. */
    static void answer(OrgUnit area, boolean[] knows, int[] ratings) throws Exception {
        List<String> codes = surveys.issueCodes(admin, survey.id(), area.id(), knows.length).codes();
        for (int i = 0; i < knows.length; i++) {
            var r = SurveyDesignerIT.answer(codes.get(i),
                    "{\"knows\":{\"yes\":" + knows[i] + "},\"sat\":{\"rating\":" + ratings[i] + "}}");
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    static JsonNode serverFindings() {
        Api.Reply r = Api.get("/api/v1/publicity/surveys/" + survey.id() + "/findings", token);
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    /** The rows the tab must show: the server's JSON, cell by cell, as the client formats them. */
    static List<List<String>> expectedRows(JsonNode json) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode f : json.path("findings")) {
            out.add(List.of(f.path("areaName").asText(), f.path("questionKey").asText(),
                    f.path("questionText").asText(),
                    Map.of("AWARENESS", "知晓率", "SATISFACTION", "满意率").get(f.path("measure").asText()),
                    SurveyResultsView.percent(f.path("rate").decimalValue()),
                    SurveyResultsView.percent(f.path("threshold").decimalValue()), f.path("answered").asText(),
                    f.path("taskId").isNull() ? "" : f.path("taskId").asText()));
        }
        return out;
    }

    static long tasksOf(OrgUnit unit) {
        Api.Reply r = Api.get("/api/v1/evaluations/tasks?unitId=" + unit.id(), token);
        assertEquals(200, r.status(), r.text());
        JsonNode j = r.json();
        return j.has("total") ? j.path("total").asLong() : j.size();
    }

    SurveyResultsView view(org.eclipse.swt.widgets.Composite parent, TestSite on) {
        SurveyResultsView v = new SurveyResultsView(parent, on, surveys, findings, org);
        v.show(survey.id(), null, null);
        v.showTab(3);
        return v;
    }

    static Finding row(SurveyResultsView v, String key) {
        return v.findings().rows().stream().filter(f -> f.questionKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void findingsShownAsTheServerGivesThemAndMadeTasksOnce() throws Exception {
        JsonNode json = serverFindings();
        assertTrue(json.path("rectificationAvailable").asBoolean(), "the evaluations module runs in this runtime");
        List<List<String>> expected = expectedRows(json);
        assertEquals(List.of(List.of(weak.name(), "knows", "您是否知道门诊共济政策？", "知晓率", "40.0%", "80.0%", "10", ""),
                List.of(weak.name(), "sat", "您对医保经办服务是否满意？", "满意率", "60.0%", "85.0%", "10", "")), expected,
                "the hand-worked findings: the east township's two, none in the west");

        // an editor without the evaluations module's role: that module refuses, its message shown, nothing made
        Actor editor = new Actor(1, "pub.editor", Set.of(PublicityRoles.EDITOR),
                Reach.of(county.id(), List.of(county.id(), weak.id(), strong.id())));
        SurveyResultsView byEditor = view(open(editor, Locale.SIMPLIFIED_CHINESE), site);
        assertEquals(expected, shown(byEditor.findings()));
        assertEquals("", byEditor.rectifyNote().getText());
        assertFalse(byEditor.rectifyButton().isEnabled(), "nothing chosen");
        byEditor.findings().select(row(byEditor, "sat"));
        assertTrue(byEditor.rectifyButton().isEnabled());
        byEditor.rectifySelected();
        XingfengException roleRefusal = assertThrows(XingfengException.class,
                () -> findings.rectify(editor, survey.id(), weak.id(), "sat", FindingMeasure.SATISFACTION));
        String outcome = byEditor.rectifyOutcome().getText();
        assertTrue(outcome.contains("未生成") && outcome.contains(roleRefusal.message(Locale.SIMPLIFIED_CHINESE)),
                outcome);
        assertEquals(0, tasksOf(weak), "no task made by the refused editor");
        assertEquals(expected, shown(byEditor.findings()), "read again: still no task");
        assertNoErrors(site);

        // two clients of the administrator showing the same findings; the first makes the task
        SurveyResultsView first = view(open(), site);
        Shell otherShell = new Shell(display);
        otherShell.setText("行风");
        otherShell.setSize(1280, 820);
        otherShell.setLayout(new FillLayout());
        TestSite other = new TestSite(new ClientSession(admin, admin.username(), "", "本机数据库 (Derby)"),
                Locale.SIMPLIFIED_CHINESE, otherShell, sheets, time,
                Path.of(System.getProperty("xingfeng.exports", "target/exports")));
        otherShell.open();
        try {
            SurveyResultsView second = view(otherShell, other);
            first.findings().select(row(first, "knows"));
            first.rectifySelected();
            json = serverFindings();
            JsonNode knows = json.path("findings").get(0);
            assertEquals("knows", knows.path("questionKey").asText());
            assertFalse(knows.path("taskId").isNull(), "the finding has its task now");
            long task = knows.path("taskId").asLong();
            assertEquals(expectedRows(json), shown(first.findings()), "read again after: the task's id shown");
            assertEquals(String.valueOf(task), shown(first.findings()).get(0).get(7));
            assertTrue(first.rectifyOutcome().getText().contains("已生成整改任务 " + task),
                    first.rectifyOutcome().getText());
            Api.Reply made = Api.get("/api/v1/evaluations/tasks/" + task, token);
            assertEquals(200, made.status(), made.text());
            assertEquals(weak.id(), made.json().path("unitId").asLong());
            assertTrue(made.json().path("content").asText().contains("知晓率 40%"), made.text());
            assertEquals(1, tasksOf(weak));
            first.findings().select(row(first, "knows"));
            assertFalse(first.rectifyButton().isEnabled(), "a finding with its task is not offered again");
            assertNoErrors(site);
            otherShell.setVisible(false); // the screenshot copies the screen: the second client would cover the first
            screenshot("publicity-survey-findings");
            otherShell.setVisible(true);

            // the second client, not read again, asks for the same finding: the server's refusal, no second task
            second.findings().select(row(second, "knows"));
            assertTrue(second.rectifyButton().isEnabled(), "its rows are as first read");
            second.rectifySelected();
            Api.Reply again = Api.post("/api/v1/publicity/surveys/" + survey.id() + "/findings/rectify", token,
                    Api.json(Map.of("areaUnitId", weak.id(), "questionKey", "knows", "measure", "AWARENESS")));
            assertEquals(409, again.status(), again.text());
            assertEquals("already_rectified", again.json().path("error").asText());
            String refused = second.rectifyOutcome().getText();
            assertTrue(refused.contains("未生成") && refused.contains(again.json().path("message").asText()),
                    refused + " / " + again.text());
            assertEquals(1, tasksOf(weak), "no second task");
            assertEquals(expectedRows(serverFindings()), shown(second.findings()), "read again after the refusal");
            capture(otherShell, "publicity-survey-findings-refused");
            assertNoErrors(other);

            // the findings as the service's sheet
            Path before = site.lastExport;
            first.exportFindings();
            assertNotNull(site.lastExport);
            assertFalse(site.lastExport.equals(before), "the findings were saved");
            List<List<String>> sheet;
            try (var in = java.nio.file.Files.newInputStream(site.lastExport)) {
                sheet = sheets.read(in).get(0).rows();
            }
            assertEquals(3, sheet.size(), "the header and the two findings: " + sheet);
            assertEquals(List.of(weak.name(), "knows", "您是否知道门诊共济政策？", "知晓率"), sheet.get(1).subList(0, 4));
            assertEquals(List.of(weak.name(), "sat", "您对医保经办服务是否满意？", "满意率"), sheet.get(2).subList(0, 4));
        } finally {
            otherShell.dispose();
        }
        assertNoErrors(site);
    }

    @Test
    void aViewerAndAServerWithoutEvaluationsGetTheReasonInsteadOfTheButton() throws Exception {
        Actor viewer = new Actor(2, "pub.viewer", Set.of(PublicityRoles.VIEWER),
                Reach.of(county.id(), List.of(county.id(), weak.id(), strong.id())));
        SurveyResultsView byViewer = view(open(viewer, Locale.SIMPLIFIED_CHINESE), site);
        byViewer.findings().select(row(byViewer, "sat"));
        assertFalse(byViewer.rectifyButton().isEnabled());
        assertEquals("仅宣传编辑和管理员可生成整改任务。", byViewer.rectifyNote().getText());

        Modules.without("evaluations", () -> {
            JsonNode json = null;
            for (int i = 0; i < 50; i++) {
                json = serverFindings();
                if (!json.path("rectificationAvailable").asBoolean()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertFalse(json.path("rectificationAvailable").asBoolean());
            SurveyResultsView v = view(open(), site);
            assertEquals(expectedRows(json), shown(v.findings()), "the findings are listed all the same");
            v.findings().select(row(v, "sat"));
            assertFalse(v.rectifyButton().isEnabled());
            assertEquals("未安装或未启用评价模块，问题暂不能生成整改任务。", v.rectifyNote().getText());
            screenshot("publicity-survey-findings-unavailable");
        });
        assertNoErrors(site);
    }
}
