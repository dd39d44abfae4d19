package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.BarChart;

/**
 * 满意度看板 on real evaluations: county A 7 of 10 satisfied (70 %), county B 4 of 4; the city 11 of 14 (78.6 %,
 * below the 90 % target); the trend, the parts worst first, the callback rate and the tiles.
 */
class DashboardViewIT extends ViewTestSupport {

    static EvaluationService evaluations;
    static EvaluationCases cases;
    static SatisfactionReports reports;
    static OrgService org;
    static EvalFixture f;
    static String today;

    @BeforeAll
    static void data() throws Exception {
        evaluations = service(EvaluationService.class);
        cases = service(EvaluationCases.class);
        reports = service(SatisfactionReports.class);
        org = service(OrgService.class);
        today = time.today().toString();
        f = EvalFixture.create(org, admin, EvalFixture.tag("DB"));
        for (Level l : List.of(Level.VERY_SATISFIED, Level.VERY_SATISFIED, Level.SATISFIED, Level.SATISFIED,
                Level.SATISFIED, Level.BASICALLY_SATISFIED, Level.BASICALLY_SATISFIED)) {
            f.submit(evaluations, f.countyA, l, f.w1, "3", false);
        }
        f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w2, "5", true);
        f.submit(evaluations, f.countyA, Level.VERY_DISSATISFIED, f.w2, "5", true);
        f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w3, "6", false);
        for (int i = 0; i < 4; i++) {
            f.submit(evaluations, f.countyB, Level.VERY_SATISFIED, null, "1", false);
        }
    }

    private DashboardView openView() {
        Composite parent = open();
        return new DashboardView(parent, site, reports, cases, org);
    }

    @Test
    void theContributionIsForOfficersReviewersAuditorsAndAdministrators() throws Exception {
        ViewContribution c = contribution("evaluations.dashboard");
        assertEquals("满意度看板", c.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals(
                Set.of(EvaluationService.OFFICER_ROLE, EvaluationService.REVIEWER_ROLE, Roles.AUDITOR, Roles.ADMIN),
                c.roles());
    }

    @Test
    void showsTheCitysRateAgainstTheTargetWithItsPartsTrendAndCallbackRate() throws Exception {
        DashboardView view = openView();
        view.setFilters(f.city.id(), today, today, Granularity.DAY, Dimension.UNIT);
        view.refresh();
        assertEquals("", view.message());
        Satisfaction s = view.figures().satisfaction();
        assertEquals(14, s.counted().total());
        assertEquals(11, s.counted().satisfiedCount());
        assertEquals(11.0 / 14, s.rate(), 1e-9);
        assertEquals(0.90, s.target(), 1e-9);
        assertEquals("78.6%  未达标", view.rateText());
        assertTrue(view.summaryText().startsWith("目标 90.0%；计入统计 14 条：非常满意 6，满意 3，基本满意 2，不满意 2，非常不满意 1。"),
                view.summaryText());
        assertTrue(view.summaryText().contains("申诉成立不计 0 条"), view.summaryText());
        // parts: the two counties, worst first
        List<List<String>> parts = shown(view.partsTable());
        assertEquals(2, parts.size(), parts.toString());
        assertEquals(List.of(f.countyA.name(), "10", "7", "3", "70.0%", "否", "0"), parts.get(0));
        assertEquals(List.of(f.countyB.name(), "4", "4", "0", "100.0%", "是", "0"), parts.get(1));
        // the trend: one day, one bar at 11/14 against the 90 % line
        BarChart chart = view.chart();
        assertEquals(1, chart.bars().size());
        assertEquals(11.0 / 14, chart.bars().get(0).value(), 1e-9);
        assertEquals(0.90, chart.target(), 1e-9);
        assertEquals(BarChart.MISSES, chart.colour(chart.bars().get(0)));
        // callback rate: two real-name bad reviews, none called back yet
        assertTrue(view.callbackText().startsWith("差评回访率 0.0%：实名差评 2 条，已回访 0 条"), view.callbackText());
        long overdue = cases
                .cases(Actor.SYSTEM, new CaseQuery(f.city.id(), null, true, true, null, null), new PageRequest(0, 1))
                .total();
        assertEquals(overdue, view.overdueTable().rows().size(), "the overdue cases the service counts");
        assertTrue(view.callbackText().contains("超期差评 " + overdue + " 件"), view.callbackText());
        assertExportMatches(view.partsTable());
        assertNoErrors(site);
        screenshot("dashboard");
    }

    @Test
    void partsByWindowAndStaffAndATrendByMonth() throws Exception {
        DashboardView view = openView();
        LocalDate now = time.today();
        view.setFilters(f.countyA.id(), now.withDayOfMonth(1).toString(), today, Granularity.MONTH, Dimension.WINDOW);
        view.refresh();
        List<Satisfaction> windows = view.figures().parts();
        assertEquals(List.of("5", "6", "3"), windows.stream().map(Satisfaction::key).toList(), "worst first");
        assertEquals(List.of(0.0, 0.0, 1.0), windows.stream().map(Satisfaction::rate).toList());
        assertEquals(1, view.chart().bars().size());
        assertEquals(now.toString().substring(0, 7), view.chart().bars().get(0).label());
        assertEquals(0.7, view.chart().bars().get(0).value(), 1e-9);
        view.setFilters(f.countyA.id(), today, today, Granularity.DAY, Dimension.STAFF);
        view.refresh();
        assertEquals(3, view.figures().parts().size());
        assertTrue(
                shown(view.partsTable()).stream().anyMatch(r -> r.get(0).contains("王芳") && r.get(4).equals("100.0%")),
                shown(view.partsTable()).toString());

        // an end before the start is refused beside nothing else changing
        Satisfaction before = view.figures().satisfaction();
        view.setFilters(f.countyA.id(), today, "2020-01-01", Granularity.DAY, Dimension.STAFF);
        view.refresh();
        assertTrue(view.message().startsWith("结束日期早于开始日期"), view.message());
        assertEquals(before, view.figures().satisfaction());
        assertNoErrors(site);
    }

    @Test
    void englishLabels() throws Exception {
        open(admin, Locale.ENGLISH);
        DashboardView view = new DashboardView(shell, site, reports, cases, org);
        view.setFilters(f.countyB.id(), today, today, Granularity.DAY, Dimension.UNIT);
        view.refresh();
        assertEquals("100.0%  meets target", view.rateText());
        assertEquals(List.of("Name", "Evaluations", "Satisfied", "Bad", "Rate", "Meets target", "Excluded"),
                headers(view.partsTable()));
        assertNoErrors(site);
    }

    @Test
    void tilesShowTodaysSatisfactionAndTheOverdueCount() throws Exception {
        DashboardTile satisfaction = tile("evaluations.satisfaction-today");
        DashboardTile overdue = tile("evaluations.overdue-cases");
        assertEquals("今日满意度", satisfaction.title(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Overdue cases", overdue.title(Locale.ENGLISH));
        TileBody body = (TileBody) satisfaction.create(open(), site);
        OrgUnit top = org.units(Actor.SYSTEM).stream().filter(u -> u.parentId() == null)
                .min(Comparator.comparing(OrgUnit::code))
                .orElseThrow();
        LocalDate now = time.today();
        Satisfaction expected = reports.satisfaction(Actor.SYSTEM, Dimension.UNIT, top.id(), null, now, now);
        assertEquals(EvalTexts.percent(expected.rate()), body.figure());
        assertTrue(body.line().startsWith(expected.name() + "：今日 " + expected.counted().total() + " 条评价"), body.line());
        TileBody late = (TileBody) overdue.create(open(), site);
        long count = cases.cases(Actor.SYSTEM, new CaseQuery(null, null, true, true, null, null), new PageRequest(0, 1))
                .total();
        long open = cases.cases(Actor.SYSTEM, new CaseQuery(null, null, true, false, null, null), new PageRequest(0, 1))
                .total();
        assertEquals(String.valueOf(count), late.figure());
        assertEquals("件超期；未办结差评共 " + open + " 件", late.line());
        assertNoErrors(site);
    }

    private static DashboardTile tile(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (var ref : context.getServiceReferences(DashboardTile.class, null)) {
                DashboardTile t = context.getService(ref);
                if (t != null && id.equals(t.id())) {
                    return t;
                }
            }
            Thread.sleep(100);
        }
        assertNotNull(null, "tile " + id);
        return null;
    }
}
