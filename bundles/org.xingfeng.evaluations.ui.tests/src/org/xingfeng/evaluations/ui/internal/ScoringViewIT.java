package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.scoring.AnnualAward;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.evaluations.api.scoring.RaterGroup;
import org.xingfeng.evaluations.api.scoring.SectionScore;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 科室考评: sheets entered through the dialog show in the quarter's ranking, with benchmarks and the groups left out. */
class ScoringViewIT extends ViewTestSupport {

    static SectionScoring scoring;
    static OrgService org;
    static EvalFixture f;
    static Quarter quarter;

    @BeforeAll
    static void data() throws Exception {
        scoring = service(SectionScoring.class);
        org = service(OrgService.class);
        quarter = Quarter.of(time.today());
        f = EvalFixture.create(org, admin, EvalFixture.tag("SC"));
    }

    private ScoringView openView() {
        Composite parent = open();
        ScoringView view = new ScoringView(parent, site, scoring, org);
        view.setFilters(f.countyA.id(), quarter.toString());
        view.reload();
        return view;
    }

    /** Enters a sheet through the dialog; answers the errors shown (all fields), "" when it was saved. */
    private String enter(ScoringView view, Section section, RaterGroup group, Staff rater, String... items) {
        String[] result = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("sectionId", section.id());
            d.select("group", group);
            d.select("raterStaffId", rater.id());
            for (int i = 0; i < items.length; i++) {
                d.setText("items[" + i + "]", items[i]);
            }
            d.submit();
            if (d.getShell() == null || d.getShell().isDisposed()) {
                result[0] = "";
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    sb.append(d.error("items[" + i + "]"));
                }
                result[0] = sb.length() == 0 ? "(open)" : sb.toString();
                d.close();
            }
        }, view::sheetDialog);
        return result[0];
    }

    @Test
    void sheetsEnteredShowInTheRankingWithBenchmarksAndGroupsLeftOut() throws Exception {
        ScoringView view = openView();
        assertEquals("", enter(view, f.general, RaterGroup.LEADERSHIP, f.w1, "18", "18", "18", "18", "18"));
        assertEquals("", enter(view, f.benefits, RaterGroup.LEADERSHIP, f.w1, "16", "16", "16", "16", "16"));
        assertEquals("", enter(view, f.benefits, RaterGroup.COLLEAGUES, f.w3, "20", "20", "20", "20", "20"));
        assertEquals(3, view.sheets().rows().size());
        assertEquals(List.of("综合科", "班子评价", "王芳", "18", "18", "18", "18", "18", "90"),
                shown(view.sheets()).stream().filter(r -> r.get(1).equals("综合科")).findFirst().orElseThrow().subList(1,
                        10));

        // 综合科 90 (leadership only); 待遇科 (80 × 30 + 100 × 20) / 50 = 88; 稽核科 no score
        List<SectionScore> ranking = view.ranking().rows();
        assertEquals(List.of("综合科", "待遇科", "稽核科"), ranking.stream().map(SectionScore::sectionName).toList());
        assertEquals(90.0, ranking.get(0).score(), 1e-9);
        assertEquals(88.0, ranking.get(1).score(), 1e-9);
        assertEquals(null, ranking.get(2).score());
        List<List<String>> rows = shown(view.ranking());
        assertEquals(List.of("1", "综合科", "90", "标杆", "90.00 (100.0%)", "未参评", "未参评", "未参评"), rows.get(0).subList(0, 8));
        assertEquals(List.of("2", "待遇科", "88", "标杆", "80.00 (60.0%)", "未参评", "100.00 (40.0%)", "未参评"),
                rows.get(1).subList(0, 8));
        assertEquals(List.of("", "稽核科", "", ""), rows.get(2).subList(0, 4));
        assertTrue(rows.get(0).get(8).contains("同级科长评价"),
                "the notes say which groups were left out: " + rows.get(0).get(8));
        assertTrue(view.rankingTitle().contains("前 3 名为标杆科室，本季度 2 个"), view.rankingTitle());
        List<AnnualAward> awards = view.awards().rows();
        AnnualAward general = awards.stream().filter(a -> a.sectionId() == f.general.id()).findFirst().orElseThrow();
        assertEquals(List.of(quarter.toString()), general.benchmarkQuarters());
        assertExportMatches(view.ranking());
        view.tabs().setSelection(1);
        screenshot("scoring-ranking");
        view.tabs().setSelection(0);
        screenshot("scoring-sheets");
        assertNoErrors(site);
    }

    @Test
    void badScoresAndASecondSheetOfTheSameRaterChangeNothing() throws Exception {
        ScoringView view = openView();
        int before = scoring.sheets(admin, f.countyA.id(), quarter, null).size();
        String errors = enter(view, f.audit, RaterGroup.PEER_CHIEFS, f.w2, "25", "abc", "10", "10", "10");
        assertTrue(errors.contains("请填写 0 到 20 的分数"), errors);
        String range = enter(view, f.audit, RaterGroup.PEER_CHIEFS, f.w2, "25", "10", "10", "10", "10.55");
        assertTrue(range.contains("第 1 项得分须在 0 到 20 之间") && range.contains("第 5 项得分最多一位小数"), range);
        assertEquals(before, scoring.sheets(admin, f.countyA.id(), quarter, null).size());

        assertEquals("", enter(view, f.audit, RaterGroup.PEER_CHIEFS, f.w2, "15", "15", "15", "15", "15.5"));
        String again = enter(view, f.audit, RaterGroup.PEER_CHIEFS, f.w2, "10", "10", "10", "10", "10");
        assertEquals("(open)", again, "the conflict keeps the dialog open");
        assertInstanceOf(ConflictException.class, site.errors.get(0));
        assertTrue(site.errors.get(0).getMessage().startsWith("该评分人本季度（" + quarter + "）已为该科室评分"),
                site.errors.get(0).getMessage());
        assertEquals(before + 1, scoring.sheets(admin, f.countyA.id(), quarter, null).size());
    }
}
