package org.xingfeng.evaluations.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.evaluations.api.CaseEntry;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;

/** 差评处理: a case worked through the editor in order; a step out of order shows the service's message and changes nothing. */
class CasesViewIT extends ViewTestSupport {

    static EvaluationService evaluations;
    static EvaluationCases cases;
    static OrgService org;
    static AuditLog audit;
    static EvalFixture f;

    @BeforeAll
    static void data() throws Exception {
        evaluations = service(EvaluationService.class);
        cases = service(EvaluationCases.class);
        org = service(OrgService.class);
        audit = service(AuditLog.class);
        f = EvalFixture.create(org, admin, EvalFixture.tag("CA"));
    }

    private CasesView openView() {
        Composite parent = open();
        CasesView view = new CasesView(parent, site, cases, org);
        view.setFilters(f.countyA.id(), null, true, false);
        view.reload();
        return view;
    }

    /** Opens the step dialog on the case, picks the step, writes the note and saves; answers the step's error. */
    private String step(CasesView view, long caseId, CaseStep step, String note, Boolean reached) {
        view.selectCase(caseId);
        CasesView.CaseRow row = view.table().selected();
        assertEquals(caseId, row.evaluationCase().id());
        String[] error = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("step", step);
            d.setText("note", note);
            if (reached != null) {
                d.setChecked("reached", reached);
            }
            d.submit();
            if (d.getShell() == null || d.getShell().isDisposed()) {
                error[0] = "";
            } else {
                error[0] = d.error("step") + d.error("note");
                d.close();
            }
        }, () -> view.stepDialog(row));
        return error[0];
    }

    @Test
    void aCaseIsWorkedThroughInOrderAndAStepOutOfOrderChangesNothing() throws Exception {
        Evaluation bad = f.submit(evaluations, f.countyA, Level.VERY_DISSATISFIED, f.w2, "5", true);
        EvaluationCase c = cases.caseOfEvaluation(Actor.SYSTEM, bad.id()).orElseThrow();
        CasesView view = openView();
        List<String> row = shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(c.id()))).findFirst()
                .orElseThrow();
        assertEquals(List.of(String.valueOf(c.id()), String.valueOf(bad.id()), f.countyA.name(), "非常不满意", "是", "待核实",
                "核实", c.openedOn().toString(), c.callbackDue().toString(), c.rectifyDue().toString(), "", ""), row);

        // out of order: rectify before verifying
        String refused = step(view, c.id(), CaseStep.RECTIFY, "已整改", null);
        assertTrue(refused.contains("当前应进行「核实」"), refused);
        EvaluationCase unchanged = cases.evaluationCase(Actor.SYSTEM, c.id()).orElseThrow();
        assertEquals(CaseState.OPEN, unchanged.state());
        assertTrue(unchanged.history().isEmpty());
        assertEquals(0, audit.query(admin, new AuditQuery("evaluations.case", String.valueOf(c.id()), null, null, null),
                PageRequest.ALL).total());
        // a blank note is refused beside the note
        assertTrue(step(view, c.id(), CaseStep.VERIFY, " ", null).startsWith("请填写处理情况"));
        assertEquals(CaseState.OPEN, cases.evaluationCase(Actor.SYSTEM, c.id()).orElseThrow().state());

        assertEquals("", step(view, c.id(), CaseStep.VERIFY, "调取录像，确认等候 40 分钟", null));
        assertEquals("", step(view, c.id(), CaseStep.CALLBACK, "电话无人接听", false));
        assertEquals(CaseState.VERIFIED, cases.evaluationCase(Actor.SYSTEM, c.id()).orElseThrow().state(),
                "an unreached call does not complete the step");
        assertEquals("", step(view, c.id(), CaseStep.CALLBACK, "已联系群众并致歉", true));
        assertTrue(step(view, c.id(), CaseStep.CLOSE, "办结", null).contains("当前应进行「整改」"));
        assertEquals("", step(view, c.id(), CaseStep.RECTIFY, "增开综合窗口一个", null));
        assertEquals("", step(view, c.id(), CaseStep.FEEDBACK, "已向群众反馈整改情况", null));
        view.selectCase(c.id());
        assertTrue(view.caseTitle().contains("已反馈，应办「办结」"), view.caseTitle());
        assertEquals("", step(view, c.id(), CaseStep.CLOSE, "群众满意，办结", null));

        EvaluationCase done = cases.evaluationCase(Actor.SYSTEM, c.id()).orElseThrow();
        assertEquals(CaseState.CLOSED, done.state());
        assertEquals(List.of(CaseStep.VERIFY, CaseStep.CALLBACK, CaseStep.CALLBACK, CaseStep.RECTIFY, CaseStep.FEEDBACK,
                CaseStep.CLOSE), done.history().stream().map(CaseEntry::step).toList());
        // the closed case left the open list; its steps are still shown, in order, with who and what
        assertFalse(view.table().rows().stream().anyMatch(r -> r.evaluationCase().id() == c.id()));
        List<List<String>> steps = shown(view.history());
        assertEquals(6, steps.size());
        assertEquals(List.of("核实", "admin"), steps.get(0).subList(0, 2));
        assertEquals("调取录像，确认等候 40 分钟", steps.get(0).get(3));
        assertEquals(List.of("回访", "admin"), steps.get(1).subList(0, 2));
        assertEquals("否", steps.get(1).get(4));
        assertEquals("是", steps.get(2).get(4));
        assertEquals("办结", steps.get(5).get(0));
        assertExportMatches(view.history());
        assertEquals(6, audit.query(admin, new AuditQuery("evaluations.case", String.valueOf(c.id()), null, null, null),
                PageRequest.ALL).total());
        assertNoErrors(site);
    }

    @Test
    void anAnonymousCaseSkipsTheCallbackAndTheListFilters() throws Exception {
        Evaluation anonymous = f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w3, "6", false);
        EvaluationCase c = cases.caseOfEvaluation(Actor.SYSTEM, anonymous.id()).orElseThrow();
        CasesView view = openView();
        assertEquals("", step(view, c.id(), CaseStep.VERIFY, "核实属实", null));
        view.selectCase(c.id());
        assertEquals("整改", shown(view.table()).stream().filter(r -> r.get(0).equals(String.valueOf(c.id()))).findFirst()
                .orElseThrow().get(6), "an anonymous review cannot be called back");
        String refused = step(view, c.id(), CaseStep.CALLBACK, "回访", true);
        assertTrue(refused.contains("匿名评价无法回访"), refused);

        view.setFilters(f.countyA.id(), CaseState.VERIFIED, true, false);
        view.reload();
        assertTrue(view.table().rows().stream().allMatch(r -> r.evaluationCase().state() == CaseState.VERIFIED));
        assertTrue(view.table().rows().stream().anyMatch(r -> r.evaluationCase().id() == c.id()));
        view.setFilters(f.countyA.id(), null, true, true);
        view.reload();
        assertEquals(
                cases.cases(Actor.SYSTEM,
                        new org.xingfeng.evaluations.api.CaseQuery(f.countyA.id(), null, true, true, null, null),
                        PageRequest.ALL).total(),
                view.table().rows().size(), "overdue only: as the service counts them");
        view.setFilters(f.countyB.id(), null, false, false);
        view.reload();
        assertTrue(view.table().rows().isEmpty());
        assertNull(view.table().selected());
        assertFalse(view.stepButton().isEnabled());
        assertNoErrors(site);
    }

    @Test
    void overdueFlagsAreShownInWords() {
        open();
        var t = new org.xingfeng.platform.ui.widgets.Texts(EvalTexts.MESSAGES, java.util.Locale.SIMPLIFIED_CHINESE);
        EvaluationCase late = new EvaluationCase(1, 2, f.countyA.id(), Level.DISSATISFIED, true, CaseState.VERIFIED,
                java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 1, 6),
                java.time.LocalDate.of(2026, 1, 26),
                null, true, true, List.of());
        assertEquals("回访超期、整改超期", CasesView.overdueText(t, late));
        assertEquals("callback overdue",
                CasesView.overdueText(
                        new org.xingfeng.platform.ui.widgets.Texts(EvalTexts.MESSAGES, java.util.Locale.ENGLISH),
                        new EvaluationCase(1, 2, 3, Level.DISSATISFIED, true, CaseState.OPEN, null, null, null, null,
                                true, false, List.of())));
    }

    @Test
    void screenshotWithACaseSelected() throws Exception {
        Evaluation bad = f.submit(evaluations, f.countyA, Level.DISSATISFIED, f.w1, "3", true);
        EvaluationCase c = cases.caseOfEvaluation(Actor.SYSTEM, bad.id()).orElseThrow();
        CasesView view = openView();
        assertEquals("", step(view, c.id(), CaseStep.VERIFY, "核实：办理超时", null));
        view.selectCase(c.id());
        assertEquals(1, view.history().rows().size());
        assertExportMatches(view.table());
        screenshot("cases");
        assertNoErrors(site);
    }
}
