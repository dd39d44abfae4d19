package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealReason;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.EvaluationQuery;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 评价列表: evaluations filtered by unit (and the units below it), days, level and channel, a page at a time
 * through the service; the detail of one with its case and appeals; an appeal filed against a bad review.
 */
public class EvaluationListView implements ContributedView {

    /** An evaluation with the name of its unit, as the table shows it. */
    public record Row(Evaluation evaluation, String unitName) {
    }

    private final ViewSite site;
    private final EvaluationService evaluations;
    private final EvaluationCases cases;
    private final Appeals appeals;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> unit;
    private final Text from;
    private final Text to;
    private final ChoiceBox<Level> level;
    private final ChoiceBox<Channel> channel;
    private final Button badOnly;
    private final Label message;
    private final DataTable<Row> table;
    private final Button appealButton;
    private EvaluationQuery query = EvaluationQuery.ALL;

    public EvaluationListView(Composite parent, ViewSite site, EvaluationService evaluations, EvaluationCases cases,
            Appeals appeals, OrgService org, int pageSize) {
        this.site = site;
        this.evaluations = evaluations;
        this.cases = cases;
        this.appeals = appeals;
        this.org = org;
        this.t = Texts.of(site, EvaluationListView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(12, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, true), 170);
        new Label(filters, SWT.NONE).setText(t.get("common.from"));
        from = dateBox(filters);
        new Label(filters, SWT.NONE).setText(t.get("common.to"));
        to = dateBox(filters);
        new Label(filters, SWT.NONE).setText(t.get("common.levelShort"));
        List<Choice<Level>> levels = new ArrayList<>();
        levels.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(Level.values()).forEach(l -> levels.add(new Choice<>(l, EvalTexts.level(t, l))));
        level = new ChoiceBox<>(filters, levels, 110);
        new Label(filters, SWT.NONE).setText(t.get("common.channel"));
        List<Choice<Channel>> channels = new ArrayList<>();
        channels.add(new Choice<>(null, t.get("common.any")));
        Arrays.stream(Channel.values()).forEach(c -> channels.add(new Choice<>(c, EvalTexts.channel(t, c))));
        channel = new ChoiceBox<>(filters, channels, 120);
        badOnly = new Button(filters, SWT.CHECK);
        badOnly.setText(t.get("list.badReviewsOnly"));
        Button search = new Button(filters, SWT.PUSH);
        search.setText(t.get("common.search"));
        search.addListener(SWT.Selection, e -> search());
        message = new Label(root, SWT.NONE);
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        table = new DataTable<>(root, site, t.get("list.evaluations"), List.of(
                Column.<Row>of(t.get("common.id"), r -> r.evaluation().id()).width(60),
                Column.<Row>of(t.get("list.time"), r -> r.evaluation().createdAt()).width(140),
                Column.<Row>of(t.get("common.unit"), Row::unitName).width(130),
                Column.<Row>of(t.get("common.recordNo"), r -> r.evaluation().recordNo()).width(120),
                Column.<Row>of(t.get("common.level"), r -> EvalTexts.level(t, r.evaluation().level())).width(90),
                Column.<Row>of(t.get("common.channel"), r -> EvalTexts.channel(t, r.evaluation().channel())).width(100),
                Column.<Row>of(t.get("list.window"), r -> r.evaluation().windowNo()).width(60),
                Column.<Row>of(t.get("common.staffNo"), r -> r.evaluation().staffNumber()).width(80),
                Column.<Row>of(t.get("list.matter"), r -> r.evaluation().matterCode()).width(90),
                Column.<Row>of(t.get("common.realName"), r -> r.evaluation().realName()).width(60),
                Column.<Row>of(t.get("common.comment"), r -> r.evaluation().comment()).width(200),
                Column.<Row>of(t.get("list.appeal"), r -> EvalTexts.appeal(t, r.evaluation().appeal())).width(90)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addButton(t.get("list.details"), () -> showDetail(table.selected()));
        appealButton = table.addButton(t.get("list.appeal"), () -> appealDialog(table.selected()));
        appealButton.setEnabled(false);
        table.onSelection(r -> appealButton.setEnabled(canAppeal(r)));
        table.onOpen(this::showDetail);
        table.paged(t.get("list.readingEvaluations"), pageSize, (request, monitor) -> {
            Map<Long, String> names = EvalTexts.unitNames(org, site.session().actor());
            return evaluations.evaluations(site.session().actor(), query, request)
                    .map(e -> new Row(e, names.getOrDefault(e.unitId(), "")));
        });
    }

    private static Text dateBox(Composite parent) {
        Text box = new Text(parent, SWT.BORDER);
        box.setMessage("yyyy-MM-dd");
        box.setLayoutData(new GridData(90, SWT.DEFAULT));
        return box;
    }

    private boolean canAppeal(Row r) {
        return r != null && r.evaluation().level().bad() && r.evaluation().appeal() == AppealState.NONE
                && site.session().actor().hasAnyRole(Roles.STAFF, EvalTexts.OFFICER, Roles.ADMIN);
    }

    public Composite control() {
        return root;
    }

    public DataTable<Row> table() {
        return table;
    }

    public String message() {
        return message.getText();
    }

    public String pageText() {
        return table.pageText();
    }

    public Button appealButton() {
        return appealButton;
    }

    /** Sets the filters as a user would (null or blank means any). */
    public void setFilters(Long unitId, String fromText, String toText, Level l, Channel c, boolean bad) {
        unit.select(unitId);
        from.setText(fromText == null ? "" : fromText);
        to.setText(toText == null ? "" : toText);
        level.select(l);
        channel.select(c);
        badOnly.setSelection(bad);
    }

    /** Reads the filters and shows their first page; bad dates show a message and keep the list as it was. */
    public void search() {
        try {
            LocalDate a = EvalTexts.date("from", from.getText(), true);
            LocalDate b = EvalTexts.date("to", to.getText(), true);
            if (a != null && b != null && b.isBefore(a)) {
                throw new ValidationException("to", EvalTexts.MESSAGES.text("error.endDateBeforeStart"));
            }
            query = new EvaluationQuery(unit.value(), a, b, level.value(), badOnly.getSelection(), channel.value(),
                    null, null, null, null, null);
        } catch (ValidationException e) {
            message.setText(t.error(e));
            return;
        }
        message.setText("");
        load(0);
    }

    /** Shows a page (0-based) of the current query. */
    public void load(int wanted) {
        table.showPage(wanted);
    }

    public int page() {
        return table.page();
    }

    public long total() {
        return table.total();
    }

    /** The text the detail dialog shows for an evaluation: its fields, its case and its appeals. */
    public String detailText(Row r) {
        Evaluation e = r.evaluation();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("list.recordNo", e.recordNo())).append('\n')
                .append(t.get("list.unit", r.unitName())).append('\n')
                .append(t.get("list.level", EvalTexts.level(t, e.level()))).append('\n')
                .append(t.get("list.channel", EvalTexts.channel(t, e.channel()))).append('\n')
                .append(t.get("list.windowStaffMatter", nz(e.windowNo()))).append(" / ")
                .append(nz(e.staffNumber())).append(" / ").append(nz(e.matterCode())).append('\n')
                .append(t.get("list.citizen", e.realName() ? nz(e.citizenName()) + " " + nz(e.citizenPhone())
                        : t.get("list.anonymous")))
                .append('\n')
                .append(t.get("list.comment", nz(e.comment()))).append('\n');
        if (!e.tags().isEmpty()) {
            sb.append(t.get("list.tags", String.join("、", e.tags()))).append('\n');
        }
        if (!e.indicators().isEmpty()) {
            sb.append(t.get("list.indicators", e.indicators())).append('\n');
        }
        EvaluationCase c = cases.caseOfEvaluation(site.session().actor(), e.id()).orElse(null);
        if (c != null) {
            sb.append('\n').append(t.get("list.case", c.id())).append(": ")
                    .append(EvalTexts.caseState(t, c.state()));
            if (c.overdue()) {
                sb.append(t.get("list.overdue"));
            }
            sb.append('\n');
        }
        for (Appeal a : appeals.appealsOf(site.session().actor(), e.id())) {
            sb.append('\n').append(t.get("list.appealNo", a.id())).append(": ").append(EvalTexts.reason(t, a.reason()))
                    .append(" · ").append(EvalTexts.appeal(t, a.state())).append(" · ").append(a.filedBy()).append('\n')
                    .append("  ").append(a.statement()).append('\n');
            if (a.decisionReason() != null) {
                sb.append("  ").append(t.get("list.decision", a.decisionReason())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void showDetail(Row r) {
        if (r == null) {
            return;
        }
        MessageDialog.openInformation(site.shell(), t.get("list.evaluation", r.evaluation().id()), detailText(r));
    }

    /** 申诉: files an appeal against the bad review (恶意评价 or 与服务无关) with a statement. */
    public void appealDialog(Row r) {
        if (r == null) {
            return;
        }
        List<Choice<AppealReason>> reasons = Arrays.stream(AppealReason.values())
                .map(x -> new Choice<>(x, EvalTexts.reason(t, x))).toList();
        FormDialog d = new FormDialog(site, t.get("list.appeal"), t.get("list.appealHint", r.evaluation().recordNo()))
                .choice("reason", t.get("common.grounds"), reasons, AppealReason.MALICIOUS)
                .multiline("statement", t.get("common.statement"), "");
        Appeal[] filed = new Appeal[1];
        d.onSave(f -> filed[0] = appeals.file(site.session().actor(), r.evaluation().id(), f.choice("reason"),
                f.text("statement")));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("list.appealFiled", filed[0].id()));
            load(table.page());
        }
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
