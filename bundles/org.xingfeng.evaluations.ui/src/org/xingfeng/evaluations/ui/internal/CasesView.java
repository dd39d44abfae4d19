package org.xingfeng.evaluations.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.evaluations.api.CaseAction;
import org.xingfeng.evaluations.api.CaseEntry;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.CaseState;
import org.xingfeng.evaluations.api.CaseStep;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 差评处理: the bad-review cases (open ones first by default) with their deadlines and overdue flags, a case's
 * steps in order (who, when, what), and the next step recorded. The service keeps the order 核实 → 回访 → 整改 →
 * 反馈 → 办结; a step out of order is refused with its message naming the step due, shown beside the step.
 */
public class CasesView implements ContributedView {

    /** A case with its unit's name, as the list shows it. */
    public record CaseRow(EvaluationCase evaluationCase, String unitName) {
    }

    private final ViewSite site;
    private final EvaluationCases cases;
    private final OrgService org;
    private final Texts t;
    private final SashForm root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<CaseState> state;
    private final Button openOnly;
    private final Button overdueOnly;
    private final DataTable<CaseRow> table;
    private final Label caseTitle;
    private final DataTable<CaseEntry> history;
    private final Button stepButton;

    public CasesView(Composite parent, ViewSite site, EvaluationCases cases, OrgService org) {
        this.site = site;
        this.cases = cases;
        this.org = org;
        this.t = Texts.of(site, CasesView.class);
        root = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(top, SWT.NONE);
        filters.setLayout(new GridLayout(7, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.get("common.state"));
        List<Choice<CaseState>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(CaseState.values()).forEach(s -> states.add(new Choice<>(s, EvalTexts.caseState(t, s))));
        state = new ChoiceBox<>(filters, states, 100);
        openOnly = new Button(filters, SWT.CHECK);
        openOnly.setText(t.get("cases.openOnly"));
        openOnly.setSelection(true);
        overdueOnly = new Button(filters, SWT.CHECK);
        overdueOnly.setText(t.get("common.overdueOnly"));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("common.search"));
        search.addListener(SWT.Selection, e -> reload());

        table = new DataTable<>(top, site, t.get("cases.title"), List.of(
                Column.<CaseRow>of(t.get("common.case"), r -> r.evaluationCase().id()).width(55),
                Column.<CaseRow>of(t.get("common.evaluation"), r -> r.evaluationCase().evaluationId()).width(70),
                Column.<CaseRow>of(t.get("common.unit"), CaseRow::unitName).width(120),
                Column.<CaseRow>of(t.get("common.levelShort"), r -> EvalTexts.level(t, r.evaluationCase().level()))
                        .width(80),
                Column.<CaseRow>of(t.get("common.realName"), r -> r.evaluationCase().realName()).width(50),
                Column.<CaseRow>of(t.get("common.state"), r -> EvalTexts.caseState(t, r.evaluationCase().state()))
                        .width(70),
                Column.<CaseRow>of(t.get("cases.stepDue"), r -> EvalTexts.step(t, EvalTexts.due(r.evaluationCase())))
                        .width(70),
                Column.<CaseRow>of(t.get("common.opened"), r -> r.evaluationCase().openedOn()).width(90),
                Column.<CaseRow>of(t.get("cases.callBack"), r -> r.evaluationCase().callbackDue()).width(90),
                Column.<CaseRow>of(t.get("cases.rectify"), r -> r.evaluationCase().rectifyDue()).width(90),
                Column.<CaseRow>of(t.get("cases.closed"), r -> r.evaluationCase().closedOn()).width(90),
                Column.<CaseRow>of(t.get("common.overdue"), r -> overdueText(t, r.evaluationCase())).width(130)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stepButton = table.addButton(t.get("cases.recordStep"), () -> stepDialog(table.selected()));
        stepButton.setEnabled(false);
        table.onSelection(this::selected);
        table.onOpen(r -> {
            if (EvalTexts.officer(site)) {
                stepDialog(r);
            }
        });

        Group bottom = new Group(root, SWT.NONE);
        bottom.setText(t.get("cases.stepsDone"));
        bottom.setLayout(new GridLayout(1, false));
        caseTitle = new Label(bottom, SWT.NONE);
        caseTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        history = new DataTable<>(bottom, site, t.get("cases.caseSteps"), List.of(
                Column.<CaseEntry>of(t.get("cases.step"), e -> EvalTexts.step(t, e.step())).width(70),
                Column.<CaseEntry>of(t.get("cases.by"), CaseEntry::username).width(90),
                Column.<CaseEntry>of(t.get("cases.when"), CaseEntry::at).width(140),
                Column.<CaseEntry>of(t.get("cases.what"), CaseEntry::note).width(360),
                Column.<CaseEntry>of(t.get("cases.reached"),
                        e -> e.reached() == null ? "" : EvalTexts.yesNo(t, e.reached())).width(80)));
        history.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setWeights(3, 2);
        selected(null);
        reload();
    }

    /** The overdue flags of a case in words, "" when it is on time. */
    static String overdueText(Texts t, EvaluationCase c) {
        List<String> flags = new ArrayList<>();
        if (c.callbackOverdue()) {
            flags.add(t.get("cases.callbackOverdue"));
        }
        if (c.rectifyOverdue()) {
            flags.add(t.get("cases.rectificationOverdue"));
        }
        return String.join("、", flags);
    }

    public SashForm control() {
        return root;
    }

    public DataTable<CaseRow> table() {
        return table;
    }

    public DataTable<CaseEntry> history() {
        return history;
    }

    public String caseTitle() {
        return caseTitle.getText();
    }

    public Button stepButton() {
        return stepButton;
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, CaseState s, boolean open, boolean overdueFlag) {
        unit.select(unitId);
        state.select(s);
        openOnly.setSelection(open);
        overdueOnly.setSelection(overdueFlag);
    }

    public void reload() {
        CaseQuery q = new CaseQuery(unit.value(), state.value(), openOnly.getSelection(), overdueOnly.getSelection(),
                null, null);
        table.load(t.get("cases.readingCases"), monitor -> {
            Map<Long, String> names = EvalTexts.unitNames(org, site.session().actor());
            return cases.cases(site.session().actor(), q, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(c -> new CaseRow(c, names.getOrDefault(c.unitId(), ""))).toList();
        });
        selected(table.selected());
    }

    /** Selects the case with this id in the list, if it is shown. */
    public void selectCase(long caseId) {
        table.rows().stream().filter(r -> r.evaluationCase().id() == caseId).findFirst().ifPresent(table::select);
        selected(table.selected());
    }

    private void selected(CaseRow r) {
        stepButton.setEnabled(r != null && EvalTexts.officer(site) && r.evaluationCase().state() != CaseState.CLOSED);
        if (r == null) {
            caseTitle.setText(t.get("cases.chooseCaseAbove"));
            history.setRows(List.of());
            return;
        }
        EvaluationCase c = r.evaluationCase();
        CaseStep due = EvalTexts.due(c);
        caseTitle.setText(t.get("cases.caseTitle", c.id(), r.unitName(), EvalTexts.level(t, c.level()),
                t.get(c.realName() ? "cases.realName" : "cases.anonymous"), EvalTexts.caseState(t, c.state()),
                due == null ? "" : t.get("cases.stepDue", EvalTexts.step(t, due)), c.callbackDue(), c.rectifyDue(),
                c.overdue() ? t.get("cases.overdueSuffix", overdueText(t, c)) : ""));
        history.setRows(c.history());
        caseTitle.getParent().layout();
    }

    /**
     * Records a step on the case: the step (the due one is offered first), what was found or done, and for a
     * callback whether the citizen was reached. A refused step keeps the dialog open with the service's message.
     */
    public void stepDialog(CaseRow r) {
        if (r == null) {
            return;
        }
        EvaluationCase c = r.evaluationCase();
        List<Choice<CaseStep>> steps = Arrays.stream(CaseStep.values()).map(s -> new Choice<>(s, EvalTexts.step(t, s)))
                .toList();
        FormDialog d = new FormDialog(site, t.get("cases.recordStepTitle"), t.get("cases.stepHint", c.id()))
                .choice("step", t.get("cases.stepField"), steps, EvalTexts.due(c))
                .multiline("note", t.get("cases.whatWasFoundDone"), "")
                .check("reached", t.get("cases.citizenWasReachedCallback"), true);
        EvaluationCase[] saved = new EvaluationCase[1];
        d.onSave(f -> {
            CaseStep step = f.choice("step");
            try {
                saved[0] = cases.act(site.session().actor(), c.id(),
                        new CaseAction(step, f.text("note"), step == CaseStep.CALLBACK ? f.checked("reached") : null));
            } catch (ConflictException e) {
                throw ValidationException.of(List.of(new FieldError("step", 0, t.error(e))));
            }
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("cases.recorded",
                    EvalTexts.step(t, saved[0].history().get(saved[0].history().size() - 1).step())));
            reload();
            selectCase(c.id());
            if (table.selected() == null) {
                // closed cases drop out of the open list: show the saved one's steps all the same
                selected(new CaseRow(saved[0], r.unitName()));
            }
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
