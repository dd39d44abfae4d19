package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 申诉复核 by a reviewer: an upheld appeal moves the review from counted to excluded on the dashboard; a rejected one does not. */
class AppealsViewIT extends ViewTestSupport {

    static EvaluationService evaluations;
    static EvaluationCases cases;
    static Appeals appeals;
    static SatisfactionReports reports;
    static OrgService org;
    static Actor officer;
    static Actor reviewer;
    static EvalFixture f;
    static String today;

    @BeforeAll
    static void data() throws Exception {
        evaluations = service(EvaluationService.class);
        cases = service(EvaluationCases.class);
        appeals = service(Appeals.class);
        reports = service(SatisfactionReports.class);
        org = service(OrgService.class);
        UserService users = service(UserService.class);
        officer = EvalFixture.officer(users, admin);
        reviewer = EvalFixture.reviewer(users, admin);
        today = time.today().toString();
        f = EvalFixture.create(org, admin, EvalFixture.tag("AP"));
        for (int i = 0; i < 3; i++) {
            f.submit(evaluations, f.countyA, Level.SATISFIED, f.w1, "3", false);
        }
    }

    private AppealsView openAs(Actor actor) {
        Composite parent = open(actor, Locale.SIMPLIFIED_CHINESE);
        return new AppealsView(parent, site, appeals, evaluations, org);
    }

    private AppealsView.AppealRow row(AppealsView view, long appealId) {
        return view.table().rows().stream().filter(r -> r.appeal().id() == appealId).findFirst().orElseThrow();
    }

    private DashboardView dashboard() {
        DashboardView d = new DashboardView(open(), site, reports, cases, org);
        d.setFilters(f.countyA.id(), today, today, Granularity.DAY, Dimension.UNIT);
        d.refresh();
        return d;
    }

    @Test
    void anUpheldAppealMovesTheReviewFromCountedToExcluded() throws Exception {
        Evaluation bad = f.submit(evaluations, f.countyA, Level.VERY_DISSATISFIED, f.w2, "5", true);
        DashboardView before = dashboard();
        long counted = before.figures().satisfaction().counted().total();
        long excluded = before.figures().satisfaction().excluded().total();
        Appeal appeal = appeals.file(officer, bad.id(), AppealReason.MALICIOUS, "同一人当天连续差评五次");

        AppealsView view = openAs(reviewer);
        AppealsView.AppealRow r = row(view, appeal.id());
        assertEquals(bad.recordNo(), r.evaluation().recordNo());
        view.table().select(r);
        assertTrue(view.upholdButton().isEnabled());
        String[] blank = new String[1];
        withDialog(FormDialog.class, d -> {
            d.submit();
            blank[0] = d.error("reason");
            d.setText("reason", "经查看录像，该群众系恶意差评");
            d.submit();
        }, () -> view.decideDialog(r, true));
        assertTrue(blank[0].startsWith("请填写复核理由"), blank[0]);
        Appeal decided = appeals.appealsOf(Actor.SYSTEM, bad.id()).get(0);
        assertEquals(AppealState.UPHELD, decided.state());
        assertEquals("eui.reviewer", decided.reviewedBy());
        assertEquals(AppealState.UPHELD, evaluations.evaluation(Actor.SYSTEM, bad.id()).orElseThrow().appeal());
        assertEquals(CaseState.CLOSED, cases.caseOfEvaluation(Actor.SYSTEM, bad.id()).orElseThrow().state(),
                "its case closes");
        assertFalse(view.table().rows().stream().anyMatch(x -> x.appeal().id() == appeal.id()), "no longer pending");
        view.setState(AppealState.UPHELD);
        assertEquals("申诉成立", shown(view.table()).stream().filter(x -> x.get(0).equals(String.valueOf(appeal.id())))
                .findFirst().orElseThrow().get(10));
        assertExportMatches(view.table());
        assertNoErrors(site);

        DashboardView after = dashboard();
        assertEquals(counted - 1, after.figures().satisfaction().counted().total());
        assertEquals(excluded + 1, after.figures().satisfaction().excluded().total());
        assertTrue(after.summaryText().contains("申诉成立不计 " + (excluded + 1) + " 条"), after.summaryText());
        assertEquals(after.figures().satisfaction().counted().satisfiedCount(),
                before.figures().satisfaction().counted().satisfiedCount(), "only the bad review moved");
        assertNoErrors(site);
    }

    @Test
    void aRejectedAppealLeavesTheFiguresAsTheyWere() throws Exception {
        Evaluation bad = f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w3, "6", false);
        Appeal appeal = appeals.file(officer, bad.id(), AppealReason.UNRELATED, "反映的是政策问题");
        DashboardView before = dashboard();
        AppealsView view = openAs(reviewer);
        AppealsView.AppealRow r = row(view, appeal.id());
        withDialog(FormDialog.class, d -> {
            d.setText("reason", "窗口确有解释不到位，驳回");
            d.submit();
        }, () -> view.decideDialog(r, false));
        assertEquals(AppealState.REJECTED, appeals.appealsOf(Actor.SYSTEM, bad.id()).get(0).state());
        assertEquals(AppealState.REJECTED, evaluations.evaluation(Actor.SYSTEM, bad.id()).orElseThrow().appeal());
        DashboardView after = dashboard();
        assertEquals(before.figures().satisfaction(), after.figures().satisfaction());
        assertNoErrors(site);
    }

    @Test
    void nobodyDecidesTheirOwnAppealAndScreenshot() throws Exception {
        Evaluation bad = f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w2, "5", true);
        Appeal own = appeals.file(admin, bad.id(), AppealReason.MALICIOUS, "管理员本人提出的申诉");
        AppealsView view = openAs(admin);
        view.table().select(row(view, own.id()));
        assertFalse(view.upholdButton().isEnabled(), "the appellant may not decide");
        AppealsView asOfficer = openAs(officer);
        asOfficer.table().select(row(asOfficer, own.id()));
        assertFalse(asOfficer.upholdButton().isEnabled(), "officers read appeals but do not decide");
        AppealsView asReviewer = openAs(reviewer);
        asReviewer.table().select(row(asReviewer, own.id()));
        assertTrue(asReviewer.upholdButton().isEnabled());
        screenshot("appeals");
        assertNoErrors(site);
    }
}
