package org.xingfeng.evaluations.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.api.PageRequest;
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
 * 申诉复核: appeals against bad reviews (pending ones by default) beside the review they are about; a reviewer
 * upholds (申诉成立: the review leaves the satisfaction figures and its case closes) or rejects each, with reasons.
 */
public class AppealsView implements ContributedView {

    /** An appeal with the evaluation it is about and that evaluation's unit. */
    public record AppealRow(Appeal appeal, Evaluation evaluation, String unitName) {
    }

    private final ViewSite site;
    private final Appeals appeals;
    private final EvaluationService evaluations;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<AppealState> state;
    private final DataTable<AppealRow> table;
    private final Button uphold;
    private final Button reject;

    public AppealsView(Composite parent, ViewSite site, Appeals appeals, EvaluationService evaluations,
            OrgService org) {
        this.site = site;
        this.appeals = appeals;
        this.evaluations = evaluations;
        this.org = org;
        this.t = Texts.of(site, AppealsView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(3, false));
        new Label(filters, SWT.NONE).setText(t.get("common.state"));
        List<Choice<AppealState>> states = new ArrayList<>();
        states.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(AppealState.values()).filter(s -> s != AppealState.NONE)
                .forEach(s -> states.add(new Choice<>(s, EvalTexts.appeal(t, s))));
        state = new ChoiceBox<>(filters, states, 120);
        state.select(AppealState.PENDING);
        state.onChange(this::reload);
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("common.refresh"));
        search.addListener(SWT.Selection, e -> reload());

        table = new DataTable<>(root, site, t.get("appeals.title"), List.of(
                Column.<AppealRow>of(t.get("appeals.appeal"), r -> r.appeal().id()).width(55),
                Column.<AppealRow>of(t.get("common.evaluation"), r -> r.appeal().evaluationId()).width(70),
                Column.<AppealRow>of(t.get("common.unit"), AppealRow::unitName).width(110),
                Column.<AppealRow>of(t.get("common.recordNo"),
                        r -> r.evaluation() == null ? "" : r.evaluation().recordNo()).width(110),
                Column.<AppealRow>of(t.get("common.level"),
                        r -> r.evaluation() == null ? "" : EvalTexts.level(t, r.evaluation().level())).width(80),
                Column.<AppealRow>of(t.get("common.comment"),
                        r -> r.evaluation() == null ? "" : r.evaluation().comment()).width(150),
                Column.<AppealRow>of(t.get("common.grounds"), r -> EvalTexts.reason(t, r.appeal().reason())).width(90),
                Column.<AppealRow>of(t.get("common.statement"), r -> r.appeal().statement()).width(180),
                Column.<AppealRow>of(t.get("appeals.filed"), r -> r.appeal().filedBy()).width(80),
                Column.<AppealRow>of(t.get("appeals.filedAt"), r -> r.appeal().filedAt()).width(140),
                Column.<AppealRow>of(t.get("common.state"), r -> EvalTexts.appeal(t, r.appeal().state())).width(80),
                Column.<AppealRow>of(t.get("appeals.reviewer"), r -> r.appeal().reviewedBy()).width(80),
                Column.<AppealRow>of(t.get("appeals.decision"), r -> r.appeal().decisionReason()).width(160)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        uphold = table.addButton(t.get("appeals.uphold"), () -> decideDialog(table.selected(), true));
        reject = table.addButton(t.get("appeals.reject"), () -> decideDialog(table.selected(), false));
        table.onSelection(this::selected);
        selected(null);
        reload();
    }

    private void selected(AppealRow r) {
        boolean can = r != null && r.appeal().state() == AppealState.PENDING && EvalTexts.reviewer(site)
                && !r.appeal().filedBy().equals(site.session().actor().username());
        uphold.setEnabled(can);
        reject.setEnabled(can);
    }

    public Composite control() {
        return root;
    }

    public DataTable<AppealRow> table() {
        return table;
    }

    public Button upholdButton() {
        return uphold;
    }

    public void setState(AppealState s) {
        state.select(s);
        reload();
    }

    public void reload() {
        AppealState s = state.value();
        table.load(t.get("appeals.readingAppeals"), monitor -> {
            Map<Long, String> names = EvalTexts.unitNames(org, site.session().actor());
            return appeals.appeals(site.session().actor(), s, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(a -> {
                        Evaluation e = evaluations.evaluation(site.session().actor(), a.evaluationId()).orElse(null);
                        return new AppealRow(a, e, e == null ? "" : names.getOrDefault(e.unitId(), ""));
                    }).toList();
        });
        selected(table.selected());
    }

    /** 复核: upholds or rejects the appeal with the reviewer's reasons. */
    public void decideDialog(AppealRow r, boolean upholdIt) {
        if (r == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get(upholdIt ? "appeals.uphold" : "appeals.reject"),
                t.get(upholdIt ? "appeals.upholdHint" : "appeals.rejectHint"))
                .multiline("reason", t.get("appeals.reasons"), "");
        d.onSave(f -> appeals.decide(site.session().actor(), r.appeal().id(), upholdIt, f.text("reason")));
        if (d.open() == FormDialog.OK) {
            site.status(upholdIt ? t.get("appeals.appealUpheld") : t.get("appeals.appealRejected"));
            reload();
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
