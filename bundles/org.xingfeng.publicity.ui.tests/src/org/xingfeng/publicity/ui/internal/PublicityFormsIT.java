package org.xingfeng.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.publicity.api.PublicityRoles;
import org.xingfeng.publicity.api.articles.Article;
import org.xingfeng.publicity.api.articles.ArticleQuery;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.VenueKind;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialQuery;
import org.xingfeng.publicity.api.materials.MaterialService;
import org.xingfeng.publicity.api.materials.MaterialState;
import org.xingfeng.publicity.api.surveys.Question;
import org.xingfeng.publicity.api.surveys.QuestionType;
import org.xingfeng.publicity.api.surveys.Survey;
import org.xingfeng.publicity.api.surveys.SurveyDraft;
import org.xingfeng.publicity.api.surveys.SurveyKind;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * The publicity entry forms in SWT under Xvfb on the real services: an article with its co-authors and the points
 * they will share, a campaign activity with its outputs, a paper questionnaire, and the materials library's upload,
 * approval, withdrawal and download. Each form's refused values are marked on their fields and store nothing; the
 * accepted entry is stored once and shown in the list read again.
 */
class PublicityFormsIT extends ViewTestSupport {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    static ArticleService articles;
    static CampaignService campaigns;
    static MaterialService materials;
    static SurveyService surveys;
    static OrgService org;
    static OrgUnit county;
    static OrgUnit town;
    static Staff a;
    static Staff b;

    @BeforeAll
    static void data() throws Exception {
        articles = service(ArticleService.class);
        campaigns = service(CampaignService.class);
        materials = service(MaterialService.class);
        surveys = service(SurveyService.class);
        org = service(OrgService.class);
        String tag = PublicityViewsIT.tag("PF");
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        town = org.createUnit(admin, new OrgUnitDraft(county.id(), tag + "01", tag + "镇医保站", OrgLevel.TOWNSHIP));
        a = org.createStaff(admin, new StaffDraft(tag + "01", "王稿", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("宣传员"), true));
        b = org.createStaff(admin, new StaffDraft(tag + "02", "赵件", town.id(), null, StaffTier.WINDOW_STAFF,
                List.of("宣传员"), true));
    }

    static List<Article> countyArticles() {
        return articles.articles(admin, new ArticleQuery(county.id(), null, null, null, null), PageRequest.ALL)
                .items();
    }

    @Test
    void anArticleWithItsCoAuthorsAndTheirShares() throws Exception {
        ArticlesView view = new ArticlesView(open(), site, articles, org, time);
        assertTrue(view.newButton().isEnabled());
        int before = countyArticles().size();
        LocalDate today = time.today();
        String[] shares = new String[2];
        String[] errors = new String[4];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", county.id());
            d.setText("title", "门诊共济政策解读");
            d.setText("outlet", "四川日报");
            d.select("level", MediaLevel.PROVINCIAL);
            d.select(ArticlesView.author(0), a.id());
            shares[0] = view.sharesShown();
            d.select(ArticlesView.author(2), b.id()); // a gap: the second author in the third field
            shares[1] = view.sharesShown();
            // refused as typed, and by the service: each marked on its field, nothing stored
            d.setText("publishedOn", "2026/01/02");
            d.submit();
            errors[0] = d.error("publishedOn");
            d.setText("publishedOn", today.plusDays(1).toString());
            d.submit();
            errors[1] = d.error("publishedOn");
            d.setText("publishedOn", today.toString());
            d.select(ArticlesView.author(3), a.id());
            d.submit();
            errors[2] = d.error(ArticlesView.author(3));
            errors[3] = d.error(ArticlesView.author(0));
            screenshotQuietly("publicity-article-form");
            d.select(ArticlesView.author(3), null);
            d.submit();
        }, view::newArticleDialog);
        assertEquals("各作者积分：王稿 10.00（省级 10 分，平均分配）", shares[0]);
        assertEquals("各作者积分：王稿 5.00、赵件 5.00（省级 10 分，平均分配）", shares[1]);
        assertEquals("日期格式为 yyyy-MM-dd，例如 2026-03-15", errors[0]);
        assertEquals("发表日期不能晚于今天", errors[1]);
        assertEquals("同一作者重复", errors[2], "the service's authorIds[2] is the form's fourth field");
        assertEquals("", errors[3]);
        List<Article> after = countyArticles();
        assertEquals(before + 1, after.size(), "saved once");
        Article made = after.stream().filter(x -> x.title().equals("门诊共济政策解读")).findFirst().orElseThrow();
        assertEquals(List.of("王稿", "赵件"), made.authors().stream().map(x -> x.name()).toList());
        view.setFilters(today.getYear(), county.id());
        view.reload();
        assertTrue(shown(view.log()).stream().anyMatch(r -> r.get(1).equals("门诊共济政策解读")
                && r.get(5).equals("王稿 5.00、赵件 5.00")), "the log read again");
        assertNoErrors(site);
    }

    /** A screenshot from inside a dialog's event loop (failures of the capture do not fail the form's test). */
    void screenshotQuietly(String name) {
        try {
            for (org.eclipse.swt.widgets.Shell s : display.getShells()) {
                if (s.getData() instanceof FormDialog && s.isVisible()) {
                    capture(s, name);
                }
            }
        } catch (Exception e) {
            // the screenshot is for reading, not for the assertion
        }
    }

    @Test
    void aViewerHasNoEntryForms() throws Exception {
        Actor viewer = new Actor(1, "viewer", Set.of(PublicityRoles.VIEWER), Reach.of(county.id(), List.of(county.id(),
                town.id())));
        ArticlesView view = new ArticlesView(open(viewer, Locale.SIMPLIFIED_CHINESE), site, articles, org, time);
        assertFalse(view.newButton().isEnabled());
        MaterialsView library = new MaterialsView(open(viewer, Locale.SIMPLIFIED_CHINESE), site, materials, org);
        assertFalse(library.approveButton().isEnabled());
        assertFalse(library.withdrawButton().isEnabled());
    }

    @Test
    void anActivityWithItsOutputsRollsUp() throws Exception {
        LocalDate today = time.today();
        Campaign c = campaigns.create(admin, new CampaignDraft(county.id(), PublicityViewsIT.tag("五进宣传"),
                today.minusDays(3), today.plusDays(10), "覆盖全部行政村", null, EnumSet.of(VenueKind.VILLAGE),
                EnumSet.of(Channel.LEAFLET)));
        CampaignsView view = new CampaignsView(open(), site, campaigns, org);
        view.show(c);
        assertTrue(view.activityButton().isEnabled());
        assertTrue(shown(view.rollup()).isEmpty() || shown(view.rollup()).get(0).get(1).equals("0"));
        String[] errors = new String[3];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", town.id());
            d.setText("venue", "城郊村");
            d.setText("leaflets", "三百");
            d.submit();
            errors[0] = d.error("leaflets");
            d.setText("leaflets", "-5");
            d.setText("date", today.minusDays(30).toString());
            d.submit();
            errors[1] = d.error("leaflets");
            errors[2] = d.error("date");
            d.setText("leaflets", "300");
            d.setText("date", today.toString());
            d.setText("peopleReached", "120");
            d.submit();
        }, () -> view.activityDialog(c));
        assertEquals("请填整数", errors[0]);
        assertTrue(errors[1].startsWith("须在 0 到 "), errors[1]);
        assertEquals("日期须在活动期 " + c.startDate() + " 至 " + c.endDate() + " 之内", errors[2]);
        assertEquals(1, campaigns.activities(admin, c.id(), null).size(), "saved once");
        List<List<String>> rows = shown(view.rollup());
        assertEquals(List.of("1", "300"), rows.get(0).subList(1, 3), rows.toString());
        assertEquals("120", rows.get(0).get(6));
        assertEquals("— " + town.name(), rows.get(1).get(0));
        assertNoErrors(site);
    }

    @Test
    void aPaperQuestionnaireIsEnteredOnceUnderItsCode() throws Exception {
        Survey s = surveys.create(admin, new SurveyDraft(county.id(), PublicityViewsIT.tag("纸质问卷"), null,
                SurveyKind.AWARENESS, List.of(
                        new Question("knows", QuestionType.SINGLE, "您知道门诊共济吗？", List.of("知道", "不知道"), null, true,
                                true, List.of(0)),
                        new Question("rate", QuestionType.RATING, "满意程度", null, 5, false, false, null),
                        new Question("channels", QuestionType.MULTIPLE, "从哪里知道的？", List.of("电视", "村广播", "宣传单"),
                                null, false, false, null)),
                null));
        surveys.open(admin, s.id());
        String code = surveys.issueCodes(admin, s.id(), town.id(), 2).codes().get(0);
        SurveysView view = new SurveysView(open(), site, surveys, org);
        Survey listed = view.list().rows().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
        view.list().select(listed);
        assertTrue(view.paperButton().isEnabled());
        String[] errors = new String[3];
        withDialog(FormDialog.class, d -> {
            d.setText("code", "XXXXXXXX");
            d.submit();
            errors[0] = d.error("code");
            d.setText("code", code);
            d.submit();
            errors[1] = d.error("answers.knows");
            d.select("answers.knows", 0);
            d.select("answers.rate", 4);
            d.setCheckedValues("answers.channels", Set.of("1", "2"));
            d.submit();
        }, () -> view.paperDialog(listed));
        assertFalse(errors[0].isEmpty(), "an unknown code is marked on the code");
        assertEquals("请回答此题", errors[1]);
        assertEquals(1, surveys.survey(admin, s.id()).orElseThrow().responses(), "stored once");
        Survey shownAfter = view.list().rows().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
        assertEquals(1, shownAfter.responses(), "the list read again");
        // the same slip again: refused on its code, nothing stored
        withDialog(FormDialog.class, d -> {
            d.setText("code", code);
            d.select("answers.knows", 1);
            d.submit();
            errors[2] = d.error("code");
            d.close();
        }, () -> view.paperDialog(listed));
        assertFalse(errors[2].isEmpty(), "an answered code is marked on the code");
        assertEquals(1, surveys.survey(admin, s.id()).orElseThrow().responses());
        assertNoErrors(site);
    }

    @Test
    void theLibraryUploadsApprovesWithdrawsAndDownloads() throws Exception {
        MaterialsView view = new MaterialsView(open(), site, materials, org);
        String title = PublicityViewsIT.tag("医保电子凭证海报");
        String[] errors = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("unitId", county.id());
            d.select("kind", MaterialKind.POSTER);
            d.submit();
            errors[0] = d.error("title");
            d.setText("title", title);
            d.setText("topic", "医保电子凭证");
            d.submit();
        }, view::newMaterialDialog);
        assertEquals("必填", errors[0]);
        Material m = materials.materials(admin, new MaterialQuery(county.id(), null, null, null, title),
                PageRequest.ALL).items().get(0);
        assertEquals(MaterialState.DRAFT, m.state());
        Material listed = view.list().rows().stream().filter(x -> x.id() == m.id()).findFirst().orElseThrow();
        view.list().select(listed);
        view.show(listed);
        // a program as a poster: refused with the server's message, nothing stored
        XingfengException refused = assertThrows(XingfengException.class,
                () -> view.upload("海报.png", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }));
        assertEquals(415, refused.status());
        assertTrue(materials.material(admin, m.id()).orElseThrow().versions().isEmpty(), "nothing stored");
        view.upload("海报.png", PNG);
        assertEquals(1, view.versions().rows().size());
        assertEquals("image/png", view.versions().rows().get(0).mediaType());
        view.change(m, true);
        assertEquals(MaterialState.APPROVED, materials.material(admin, m.id()).orElseThrow().state());
        view.versions().select(view.versions().rows().get(0));
        assertArrayEquals(PNG, view.selectedBytes());
        assertEquals(1, materials.material(admin, m.id()).orElseThrow().downloads(), "the download counted");
        screenshot("publicity-materials-library");
        view.change(m, false);
        assertEquals(MaterialState.WITHDRAWN, materials.material(admin, m.id()).orElseThrow().state());
        Material withdrawn = view.list().rows().stream().filter(x -> x.id() == m.id()).findFirst().orElseThrow();
        assertEquals(MaterialState.WITHDRAWN, withdrawn.state(), "the list read again");
        // a withdrawn material takes no new version
        assertThrows(XingfengException.class, () -> view.upload("海报-2.png", PNG));
        assertEquals(1, materials.material(admin, m.id()).orElseThrow().versions().size());
        assertNoErrors(site);
    }
}
