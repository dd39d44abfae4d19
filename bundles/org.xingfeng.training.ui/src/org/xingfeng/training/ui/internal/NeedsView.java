package org.xingfeng.training.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.needs.NeedQuery;
import org.xingfeng.training.api.needs.TrainingNeed;
import org.xingfeng.training.api.needs.TrainingNeedService;
import org.xingfeng.training.api.needs.TrainingNeeds;

/**
 * 培训需求: staff of the caller's reach whose citizens' evaluations in a period point to a course kind (bad reviews, a
 * low indicator mean), with the reason, the kinds that answer it and whether a course attended since has met it.
 */
public class NeedsView implements ContributedView {

    private final ViewSite site;
    private final TrainingNeedService service;
    private final Texts t;
    private final Composite root;
    private final Text from;
    private final Text to;
    private final Button openOnly;
    private final Label summary;
    private final DataTable<TrainingNeed> table;
    private TrainingNeeds needs;

    public NeedsView(Composite parent, ViewSite site, TrainingNeedService service) {
        this.site = site;
        this.service = service;
        this.t = Texts.of(site, NeedsView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(7, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(t.get("needs.from"));
        from = new Text(bar, SWT.BORDER);
        from.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("needs.to"));
        to = new Text(bar, SWT.BORDER);
        to.setLayoutData(new GridData(90, SWT.DEFAULT));
        openOnly = new Button(bar, SWT.CHECK);
        openOnly.setText(t.get("needs.openOnly"));
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("needs.show"));
        summary = new Label(bar, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new DataTable<>(root, site, t.get("view.needs"), List.of(
                TrainingUi.<TrainingNeed>column(t, "staff.unit", TrainingNeed::unitName).width(130),
                TrainingUi.<TrainingNeed>column(t, "staff.number", TrainingNeed::staffNumber).width(80),
                TrainingUi.<TrainingNeed>column(t, "staff.name", TrainingNeed::staffName).width(70),
                TrainingUi.<TrainingNeed>column(t, "needs.reason", this::reason).width(220),
                TrainingUi.<TrainingNeed>column(t, "needs.arose", TrainingNeed::arose).width(90),
                TrainingUi.<TrainingNeed>column(t, "needs.kinds", n -> TrainingUi.labels(t, n.kinds())).width(130),
                TrainingUi.<TrainingNeed>column(t, "needs.state",
                        n -> n.met() ? t.get("needs.met", n.metOn(), n.metByCourse()) : t.get("needs.open"))
                        .width(220)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        show.addListener(SWT.Selection, e -> reload());
        openOnly.addListener(SWT.Selection, e -> reload());
        reload();
    }

    private String reason(TrainingNeed n) {
        return switch (n.reason()) {
            case BAD_REVIEWS -> t.get("needs.badReviews", n.count(),
                    n.tags().isEmpty() ? "" : "（" + String.join("、", n.tags()) + "）");
            case LOW_RATING -> t.get("needs.lowRating", n.indicatorName(), n.average(), n.count());
            case UPHELD_COMPLAINT -> t.get("needs.upheldComplaints", n.count(), String.join("、", n.tags()));
        };
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        NeedQuery q;
        try {
            q = new NeedQuery(null, TrainingUi.date("from", from.getText()), TrainingUi.date("to", to.getText()),
                    openOnly.getSelection());
        } catch (XingfengException e) {
            summary.setText(t.error(e));
            return;
        }
        site.run(t.get("needs.reading"), monitor -> service.needs(actor(), q), this::show);
    }

    private void show(TrainingNeeds n) {
        if (root.isDisposed()) {
            return;
        }
        needs = n;
        from.setText(n.from().toString());
        to.setText(n.to().toString());
        table.setRows(n.needs());
        summary.setText(n.evaluationsPresent() ? t.get("needs.summary", n.open(), n.met())
                : t.get("needs.noEvaluations"));
        summary.getParent().layout();
    }

    public TrainingNeeds needs() {
        return needs;
    }

    public DataTable<TrainingNeed> table() {
        return table;
    }

    public Label summary() {
        return summary;
    }

    public Button openOnly() {
        return openOnly;
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
