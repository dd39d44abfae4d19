package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 评价列表 on the real services: filters, pages, detail, export, and an appeal filed on a bad review. */
class EvaluationListViewIT extends ViewTestSupport {

    static EvaluationService evaluations;
    static EvaluationCases cases;
    static Appeals appeals;
    static OrgService org;
    static EvalFixture f;
    static Evaluation badA;
    static Evaluation goodA;

    @BeforeAll
    static void data() throws Exception {
        evaluations = service(EvaluationService.class);
        cases = service(EvaluationCases.class);
        appeals = service(Appeals.class);
        org = service(OrgService.class);
        f = EvalFixture.create(org, admin, EvalFixture.tag("EL"));
        for (Level l : List.of(Level.VERY_SATISFIED, Level.VERY_SATISFIED, Level.VERY_SATISFIED, Level.SATISFIED,
                Level.BASICALLY_SATISFIED)) {
            Evaluation e = f.submit(evaluations, f.countyA, l, f.w1, "3", false);
            if (goodA == null) {
                goodA = e;
            }
        }
        badA = f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w2, "5", true);
        f.submit(evaluations, f.countyB, Level.SATISFIED, null, "1", false);
        f.submit(evaluations, f.countyB, Level.VERY_DISSATISFIED, null, "1", false);
    }

    private EvaluationListView openView(int pageSize) {
        Composite parent = open();
        return new EvaluationListView(parent, site, evaluations, cases, appeals, org, pageSize);
    }

    @Test
    void theContributionBelongsToTheModule() throws Exception {
        ViewContribution c = contribution("evaluations.list");
        assertEquals("evaluations", c.moduleId());
        assertEquals("评价列表", c.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Evaluations", c.label(Locale.ENGLISH));
        assertEquals(Set.of(), c.roles(), "every logged-in user; the service limits staff to their own");
        assertTrue(c.create(open(), site) instanceof EvaluationListView);
    }

    @Test
    void filtersByUnitSubtreeLevelAndChannelAndPagesThroughTheService() throws Exception {
        EvaluationListView view = openView(5);
        String today = time.today().toString();
        view.setFilters(f.city.id(), today, today, null, null, false);
        view.search();
        assertEquals(8, view.total(), "the city and both counties");
        assertEquals(5, view.table().rows().size());
        assertEquals("第 1 / 2 页，共 8 条", view.pageText());
        view.load(1);
        assertEquals(3, view.table().rows().size());
        assertEquals("第 2 / 2 页，共 8 条", view.pageText());

        view.setFilters(f.countyA.id(), null, null, null, null, false);
        view.search();
        assertEquals(6, view.total());
        assertTrue(view.table().rows().stream().allMatch(r -> r.unitName().equals(f.countyA.name())));

        view.setFilters(f.city.id(), null, null, null, null, true);
        view.search();
        assertEquals(2, view.total(), "bad reviews only");
        view.setFilters(f.city.id(), null, null, Level.VERY_SATISFIED, null, false);
        view.search();
        assertEquals(3, view.total());
        assertTrue(shown(view.table()).stream().allMatch(r -> r.get(4).equals("非常满意")), shown(view.table()).toString());
        view.setFilters(f.city.id(), null, null, null, Channel.WEB, false);
        view.search();
        assertEquals(0, view.total());

        // a bad date shows a message and keeps the list
        view.setFilters(f.city.id(), "2026-13-01", null, null, null, false);
        view.search();
        assertTrue(view.message().startsWith("日期格式应为 yyyy-MM-dd"), view.message());
        assertEquals(0, view.total(), "unchanged");
        assertNoErrors(site);
    }

    @Test
    void showsDetailsAndExportsTheVisibleRows() throws Exception {
        EvaluationListView view = openView(100);
        view.setFilters(f.countyA.id(), null, null, null, null, false);
        view.search();
        EvaluationListView.Row bad = view.table().rows().stream().filter(r -> r.evaluation().id() == badA.id())
                .findFirst()
                .orElseThrow();
        String detail = view.detailText(bad);
        assertTrue(detail.contains(badA.recordNo()) && detail.contains("不满意") && detail.contains("差评处理 #")
                && detail.contains("待核实"), detail);
        view.table().setFilter("不满意");
        assertEquals(1, view.table().visibleRows().size());
        view.table().setFilter("");
        view.table().sort(4, true);
        assertExportMatches(view.table());
        assertNoErrors(site);
        screenshot("evaluation-list");
    }

    @Test
    void anAppealIsFiledOnABadReviewOnly() throws Exception {
        EvaluationListView view = openView(100);
        view.setFilters(f.countyA.id(), null, null, null, null, false);
        view.search();
        EvaluationListView.Row good = view.table().rows().stream().filter(r -> r.evaluation().id() == goodA.id())
                .findFirst().orElseThrow();
        view.table().select(good);
        assertFalse(view.appealButton().isEnabled(), "no appeal on a good review");
        EvaluationListView.Row bad = view.table().rows().stream().filter(r -> r.evaluation().id() == badA.id())
                .findFirst()
                .orElseThrow();
        view.table().select(bad);
        assertTrue(view.appealButton().isEnabled());

        String[] blank = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("reason", AppealReason.UNRELATED);
            d.submit();
            blank[0] = d.error("statement");
            d.setText("statement", "群众反映的是政策规定，与窗口服务无关");
            d.submit();
        }, () -> view.appealDialog(bad));
        assertTrue(blank[0].startsWith("请填写"), blank[0]);
        var filed = appeals.appealsOf(Actor.SYSTEM, badA.id());
        assertEquals(1, filed.size(), "the blank statement stored nothing; the second try one appeal");
        assertEquals(AppealReason.UNRELATED, filed.get(0).reason());
        assertEquals(AppealState.PENDING, evaluations.evaluation(Actor.SYSTEM, badA.id()).orElseThrow().appeal());
        EvaluationListView.Row after = view.table().rows().stream().filter(r -> r.evaluation().id() == badA.id())
                .findFirst().orElseThrow();
        assertEquals("申诉待复核",
                EvalTexts.appeal(new org.xingfeng.platform.ui.widgets.Texts(EvalTexts.MESSAGES, Locale.CHINA),
                        after.evaluation().appeal()));
        view.table().select(after);
        assertFalse(view.appealButton().isEnabled(), "one appeal per evaluation");
        assertNoErrors(site);
    }

    @Test
    void aCountysOfficerListsTheCountyWithNamesInClearAndAnAuditorSeesThemMasked() throws Exception {
        UserService users = service(UserService.class);
        Reach countyA = Reach.of(f.countyA.id(), List.of(f.countyA.id()));
        Actor officer = EvalFixture.officer(users, admin);
        Actor auditor = EvalFixture.user(users, admin, "eui.auditor", Set.of(Roles.AUDITOR));
        Actor officerA = new Actor(officer.userId(), officer.username(), officer.roles(), countyA);
        Actor auditorA = new Actor(auditor.userId(), auditor.username(), auditor.roles(), countyA);
        String clear = "市民" + badA.recordNo() + " 13800000000";

        EvaluationListView view = new EvaluationListView(open(officerA, Locale.SIMPLIFIED_CHINESE), site, evaluations,
                cases,
                appeals, org, 100);
        view.setFilters(null, null, null, null, null, false);
        view.search();
        assertEquals(6, view.total(), "all units means the whole reach: county A's six, none of county B");
        assertTrue(view.table().rows().stream().allMatch(r -> r.unitName().equals(f.countyA.name())));
        EvaluationListView.Row bad = view.table().rows().stream().filter(r -> r.evaluation().id() == badA.id())
                .findFirst()
                .orElseThrow();
        assertTrue(view.detailText(bad).contains(clear), view.detailText(bad));
        assertNoErrors(site);

        view = new EvaluationListView(open(auditorA, Locale.SIMPLIFIED_CHINESE), site, evaluations, cases, appeals, org,
                100);
        view.setFilters(null, null, null, null, null, false);
        view.search();
        assertEquals(6, view.total());
        bad = view.table().rows().stream().filter(r -> r.evaluation().id() == badA.id()).findFirst().orElseThrow();
        String masked = view.detailText(bad);
        assertTrue(masked.contains("市" + "*".repeat(("民" + badA.recordNo()).length()) + " 138****0000"), masked);
        assertFalse(masked.contains("13800000000"), masked);
        assertNoErrors(site);
    }
}
