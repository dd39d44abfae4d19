package org.xingfeng.publicity.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.publicity.api.articles.ArticleDraft;
import org.xingfeng.publicity.api.articles.ArticleService;
import org.xingfeng.publicity.api.articles.MediaLevel;
import org.xingfeng.publicity.api.campaigns.ActivityDraft;
import org.xingfeng.publicity.api.campaigns.Campaign;
import org.xingfeng.publicity.api.campaigns.CampaignDraft;
import org.xingfeng.publicity.api.campaigns.CampaignService;
import org.xingfeng.publicity.api.campaigns.Channel;
import org.xingfeng.publicity.api.campaigns.VenueKind;
import org.xingfeng.publicity.api.materials.Material;
import org.xingfeng.publicity.api.materials.MaterialDraft;
import org.xingfeng.publicity.api.materials.MaterialKind;
import org.xingfeng.publicity.api.materials.MaterialService;

/**
 * The publicity views in SWT under Xvfb on the real services: the article log with each author's points, the year's
 * leaderboard with its chart and export, and the campaign board with a campaign's outputs rolled up the org tree.
 */
class PublicityViewsIT extends ViewTestSupport {

    static ArticleService articles;
    static CampaignService campaigns;
    static OrgService org;
    static OrgUnit county;
    static OrgUnit town;
    static Staff a;
    static Staff b;

    static String tag(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @BeforeAll
    static void data() throws Exception {
        articles = service(ArticleService.class);
        campaigns = service(CampaignService.class);
        org = service(OrgService.class);
        String tag = tag("PV");
        county = org.createUnit(admin, new OrgUnitDraft(null, tag, tag + "县医保局", OrgLevel.COUNTY));
        town = org.createUnit(admin, new OrgUnitDraft(county.id(), tag + "01", tag + "镇医保站", OrgLevel.TOWNSHIP));
        a = org.createStaff(admin, new StaffDraft(tag + "01", "张宣", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("宣传员"), true));
        b = org.createStaff(admin, new StaffDraft(tag + "02", "李传", county.id(), null, StaffTier.WINDOW_STAFF,
                List.of("宣传员"), true));
        int year = time.today().getYear();
        articles.create(admin, new ArticleDraft(county.id(), "医保政策进万家", "四川日报", MediaLevel.PROVINCIAL,
                LocalDate.of(year, 1, 2), null, List.of(a.id(), b.id())));
        articles.create(admin, new ArticleDraft(county.id(), "亮屏行动", "县融媒体中心", MediaLevel.COUNTY,
                LocalDate.of(year, 1, 3), null, List.of(b.id())));
    }

    @Test
    void theArticleLogAndTheLeaderboard() throws Exception {
        ArticlesView view = new ArticlesView(open(), site, articles, org, time);
        view.setFilters(time.today().getYear(), county.id());
        view.reload();
        List<List<String>> log = shown(view.log());
        assertEquals(2, log.size(), log.toString());
        assertEquals("张宣 5.00、李传 5.00", log.get(1).get(5));
        assertEquals("10.00", log.get(1).get(6));
        List<List<String>> board = shown(view.board());
        assertEquals(List.of("1", b.staffNumber()), board.get(0).subList(0, 2));
        assertEquals("李传", board.get(0).get(2));
        assertEquals("8.00", board.get(0).get(10));
        assertEquals("张宣", board.get(1).get(2));
        assertEquals(2, view.chart().bars().size());
        // the scale follows the points (8.00 under a top of 9), not the chart's default of shares (0 to 1)
        assertEquals(9.0, PublicityUi.top(List.of(8.0, 5.0)));
        assertEquals(650.0, PublicityUi.top(List.of(550.0)));
        assertEquals(25.0, PublicityUi.top(List.of(21.67)));
        assertEquals(1.0, PublicityUi.top(List.of()));
        assertExportMatches(view.board());
        screenshot("publicity-articles");
        view.showBoard();
        screenshot("publicity-leaderboard");
        assertNoErrors(site);
    }

    @Test
    void theCampaignBoardRollsUpTheOutputs() throws Exception {
        LocalDate today = time.today();
        Campaign c = campaigns.create(admin, new CampaignDraft(county.id(), tag("医保宣传月"), today.minusDays(5),
                today.plusDays(5), "知晓率 90%", null, EnumSet.of(VenueKind.VILLAGE, VenueKind.SCHOOL),
                EnumSet.of(Channel.LED_SCREEN, Channel.LEAFLET)));
        campaigns.addActivity(admin, c.id(), new ActivityDraft(county.id(), today, VenueKind.SCHOOL, "实验小学", null,
                300, 2, 1, 1, 400));
        campaigns.addActivity(admin, c.id(), new ActivityDraft(town.id(), today, VenueKind.VILLAGE, "城郊村", null, 200,
                1, 0, 1, 150));
        CampaignsView view = new CampaignsView(open(), site, campaigns, org);
        view.show(c);
        List<List<String>> rows = shown(view.rollup());
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("2", "500", "3", "1", "2", "550"), rows.get(0).subList(1, 7));
        assertEquals(List.of("1", "200"), rows.get(1).subList(1, 3));
        assertEquals(1, view.chart().bars().size());
        assertExportMatches(view.rollup());
        screenshot("publicity-campaigns");
        assertNoErrors(site);
    }

    @Test
    void theMaterialsLibraryShowsTheMaterialsAndTheirVersions() throws Exception {
        MaterialService materials = service(MaterialService.class);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        String title = tag("门诊共济海报");
        Material poster = materials.create(admin, new MaterialDraft(county.id(), null, "门诊共济", MaterialKind.POSTER,
                title, "定点医药机构张贴", null));
        materials.upload(admin, poster.id(), "海报.png", "初稿", new java.io.ByteArrayInputStream(png));
        materials.upload(admin, poster.id(), "海报-改.png", "改正客服电话", new java.io.ByteArrayInputStream(png));
        Material approved = materials.approve(admin, poster.id());
        MaterialsView view = new MaterialsView(open(), site, materials, org);
        view.reload();
        List<List<String>> rows = shown(view.list());
        List<String> row = rows.stream().filter(r -> r.get(0).equals(title)).findFirst().orElseThrow();
        assertEquals(List.of(title, "海报", county.name(), "门诊共济", "已审核", admin.username(), "2", "0"),
                row.subList(0, 8));
        view.show(approved);
        List<List<String>> versions = shown(view.versions());
        assertEquals(2, versions.size(), versions.toString());
        assertEquals(List.of("2", "海报-改.png", "image/png"), versions.get(1).subList(0, 3));
        assertEquals("改正客服电话", versions.get(1).get(4));
        assertExportMatches(view.list());
        screenshot("publicity-materials");
        assertNoErrors(site);
    }
}
