package org.xingfeng.training.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.training.api.standing.StandingService;
import org.xingfeng.training.api.standing.TierCoverage;
import org.xingfeng.training.api.standing.UnitCoverage;
import org.xingfeng.training.api.standing.UntrainedStaff;

/**
 * 培训覆盖率: the share of active staff trained for their tier within the coverage window, by tier, as a chart and a
 * table, hours per head, and who was never or not recently trained, for the caller's reach and a year.
 */
public class CoverageView implements ContributedView {

    private final ViewSite site;
    private final StandingService standing;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Integer> year;
    private final Label summary;
    private final BarChart chart;
    private final DataTable<TierCoverage> tiers;
    private final DataTable<UntrainedStaff> untrained;
    private UnitCoverage coverage;

    public CoverageView(Composite parent, ViewSite site, StandingService standing) {
        this.site = site;
        this.standing = standing;
        this.t = Texts.of(site, CoverageView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, true));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(bar, SWT.NONE).setText(t.get("year"));
        year = new ChoiceBox<>(bar, TrainingUi.years(site.time().today().getYear()), 100);
        summary = new Label(bar, SWT.NONE);
        summary.setLayoutData(new GridData(500, SWT.DEFAULT));
        chart = new BarChart(root, site.locale());
        chart.setRange(0, 1);
        chart.setValueFormat(v -> String.format("%.0f%%", v * 100));
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.heightHint = 220;
        chart.control().setLayoutData(chartData);
        tiers = new DataTable<>(root, site, t.get("view.coverage"), List.of(
                TrainingUi.<TierCoverage>column(t, "staff.tier",
                        c -> c.tier() == null ? t.get("coverage.total") : TrainingUi.label(t, c.tier())).width(100),
                TrainingUi.<TierCoverage>column(t, "tier.activeStaff", TierCoverage::activeStaff).width(70),
                TrainingUi.<TierCoverage>column(t, "tier.trained", TierCoverage::trained).width(70),
                TrainingUi.<TierCoverage>column(t, "tier.coverage", c -> TrainingUi.percent(c.coverage())).width(70),
                TrainingUi.<TierCoverage>column(t, "tier.hoursPerHead", TierCoverage::hoursPerHead).width(80)));
        tiers.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        untrained = new DataTable<>(root, site, t.get("coverage.untrained"), List.of(
                TrainingUi.<UntrainedStaff>column(t, "staff.unit", UntrainedStaff::unitName).width(140),
                TrainingUi.<UntrainedStaff>column(t, "staff.number", UntrainedStaff::staffNumber).width(80),
                TrainingUi.<UntrainedStaff>column(t, "staff.name", UntrainedStaff::staffName).width(80),
                TrainingUi.<UntrainedStaff>column(t, "staff.tier", u -> TrainingUi.label(t, u.tier())).width(90),
                TrainingUi.<UntrainedStaff>column(t, "staff.lastTrained",
                        u -> u.lastTrained() == null ? t.get("never") : u.lastTrained()).width(90)));
        untrained.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        year.onChange(this::reload);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void reload() {
        Integer y = year.value();
        site.run(t.get("coverage.reading"), monitor -> standing.coverage(actor(), null, y), this::show);
    }

    private void show(UnitCoverage c) {
        if (root.isDisposed()) {
            return;
        }
        coverage = c;
        List<TierCoverage> rows = new ArrayList<>(c.tiers());
        rows.add(c.total());
        tiers.setRows(rows);
        untrained.setRows(c.untrained());
        List<BarChart.Bar> bars = new ArrayList<>();
        for (TierCoverage tc : c.tiers()) {
            if (tc.activeStaff() > 0) {
                bars.add(new BarChart.Bar(TrainingUi.label(t, tc.tier()),
                        tc.coverage() == null ? null : tc.coverage().doubleValue()));
            }
        }
        chart.setTitle(t.get("coverage.chart", c.year(), standing.policy().coverageYears()));
        chart.setBars(bars);
        TierCoverage total = c.total();
        summary.setText(t.get("coverage.summary", total.activeStaff(), total.trained(), total.hoursPerHead()));
    }

    public UnitCoverage coverage() {
        return coverage;
    }

    public BarChart chart() {
        return chart;
    }

    public DataTable<TierCoverage> tiers() {
        return tiers;
    }

    public DataTable<UntrainedStaff> untrained() {
        return untrained;
    }

    @Override
    public void setFocus() {
        untrained.filterBox().setFocus();
    }
}
