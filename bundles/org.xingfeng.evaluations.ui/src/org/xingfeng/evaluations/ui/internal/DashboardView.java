package org.xingfeng.evaluations.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.evaluations.api.CallbackRate;
import org.xingfeng.evaluations.api.CaseQuery;
import org.xingfeng.evaluations.api.Dimension;
import org.xingfeng.evaluations.api.EvaluationCase;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.Granularity;
import org.xingfeng.evaluations.api.Satisfaction;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.evaluations.api.indicators.IndicatorQuery;
import org.xingfeng.evaluations.api.indicators.IndicatorRating;
import org.xingfeng.evaluations.api.indicators.IndicatorReports;
import org.xingfeng.evaluations.api.scoring.Quarter;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 满意度看板: a unit's satisfaction over a period against the target, with and without the evaluations left out by
 * upheld appeals; its trend by day, month or quarter as bars against the target line; its parts side by side
 * (child units, windows, staff, sections, matters); the callback rate of real-name bad reviews; the overdue cases.
 */
public class DashboardView implements ContributedView {

    /** What one refresh reads, in the background. */
    public record Figures(Satisfaction satisfaction, List<Satisfaction> trend, List<Satisfaction> parts,
            CallbackRate callback, Page<EvaluationCase> overdue, List<IndicatorRating> indicators) {
    }

    /** An overdue case with its unit's name. */
    public record OverdueRow(EvaluationCase evaluationCase, String unitName) {
    }

    private final ViewSite site;
    private final SatisfactionReports reports;
    private final EvaluationCases cases;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> unit;
    private final Text from;
    private final Text to;
    private final ChoiceBox<Granularity> granularity;
    private final ChoiceBox<Dimension> by;
    private final Label message;
    private final Label rate;
    private final Label summary;
    private final Label callback;
    private final BarChart chart;
    private final DataTable<Satisfaction> parts;
    private final DataTable<OverdueRow> overdue;
    private final IndicatorReports indicatorReports;
    private final DataTable<IndicatorRating> indicators;
    private final Font big;
    private Figures figures;

    public DashboardView(Composite parent, ViewSite site, SatisfactionReports reports, EvaluationCases cases,
            OrgService org) {
        this(parent, site, reports, cases, org, null);
    }

    /** With the indicator ratings (分项指标) of the unit and period beside the parts (none without the service). */
    public DashboardView(Composite parent, ViewSite site, SatisfactionReports reports, EvaluationCases cases,
            OrgService org, IndicatorReports indicatorReports) {
        this.indicatorReports = indicatorReports;
        this.site = site;
        this.reports = reports;
        this.cases = cases;
        this.org = org;
        this.t = Texts.of(site, DashboardView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite filters = new Composite(root, SWT.NONE);
        filters.setLayout(new GridLayout(11, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(filters, SWT.NONE).setText(t.get("common.unit"));
        unit = new ChoiceBox<>(filters, EvalTexts.units(org, site.session().actor(), t, false), 170);
        LocalDate today = site.time().today();
        new Label(filters, SWT.NONE).setText(t.get("common.from"));
        from = dateBox(filters, today.withDayOfYear(1));
        new Label(filters, SWT.NONE).setText(t.get("common.to"));
        to = dateBox(filters, today);
        new Label(filters, SWT.NONE).setText(t.get("dashboard.trend"));
        granularity = new ChoiceBox<>(filters, Arrays.stream(new Granularity[] { Granularity.DAY, Granularity.MONTH,
                Granularity.QUARTER }).map(g -> new Choice<>(g, EvalTexts.granularity(t, g))).toList(), 90);
        granularity.select(Granularity.MONTH);
        new Label(filters, SWT.NONE).setText(t.get("dashboard.parts"));
        by = new ChoiceBox<>(filters, Arrays.stream(Dimension.values())
                .map(d -> new Choice<>(d, EvalTexts.dimension(t, d))).toList(), 90);
        Button refresh = new Button(filters, SWT.PUSH);
        refresh.setText(t.get("common.refresh"));
        refresh.addListener(SWT.Selection, e -> refresh());
        message = new Label(root, SWT.NONE);
        message.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Group figuresBox = new Group(top, SWT.NONE);
        figuresBox.setText(t.get("dashboard.satisfaction"));
        figuresBox.setLayout(new GridLayout(1, false));
        GridData fd = new GridData(SWT.FILL, SWT.FILL, false, true);
        fd.widthHint = 360;
        figuresBox.setLayoutData(fd);
        rate = new Label(figuresBox, SWT.NONE);
        FontData base = root.getFont().getFontData()[0];
        big = new Font(root.getDisplay(), base.getName(), Math.max(18, base.getHeight() * 2), SWT.BOLD);
        rate.setFont(big);
        rate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary = new Label(figuresBox, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        callback = new Label(figuresBox, SWT.WRAP);
        callback.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chart = new BarChart(top, t.locale());
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, false);
        cd.heightHint = 240;
        chart.control().setLayoutData(cd);

        SashForm bottom = new SashForm(root, SWT.HORIZONTAL);
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group partsBox = new Group(bottom, SWT.NONE);
        partsBox.setText(t.get("dashboard.partsWorstFirst"));
        partsBox.setLayout(new GridLayout(1, false));
        parts = new DataTable<>(partsBox, site, t.get("dashboard.satisfactionPart"), List.of(
                Column.<Satisfaction>of(t.get("dashboard.name"),
                        s -> s.name() == null || s.name().isBlank() ? s.key() : s.name()).width(130),
                Column.<Satisfaction>of(t.get("dashboard.evaluations"), s -> s.counted().total()).width(70),
                Column.<Satisfaction>of(t.get("dashboard.satisfied"), s -> s.counted().satisfiedCount()).width(60),
                Column.<Satisfaction>of(t.get("dashboard.bad"), s -> s.counted().badCount()).width(50),
                Column.<Satisfaction>of(t.get("dashboard.rate"), s -> EvalTexts.percent(s.rate())).width(70),
                Column.<Satisfaction>of(t.get("dashboard.meetsTarget"), s -> EvalTexts.yesNo(t, s.meetsTarget()))
                        .width(50),
                Column.<Satisfaction>of(t.get("dashboard.excluded"), s -> s.excluded().total()).width(90)));
        parts.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group overdueBox = new Group(bottom, SWT.NONE);
        overdueBox.setText(t.get("dashboard.overdueCases"));
        overdueBox.setLayout(new GridLayout(1, false));
        overdue = new DataTable<>(overdueBox, site, t.get("dashboard.overdueCases"), List.of(
                Column.<OverdueRow>of(t.get("common.case"), r -> r.evaluationCase().id()).width(55),
                Column.<OverdueRow>of(t.get("common.unit"), OverdueRow::unitName).width(110),
                Column.<OverdueRow>of(t.get("common.levelShort"), r -> EvalTexts.level(t, r.evaluationCase().level()))
                        .width(80),
                Column.<OverdueRow>of(t.get("common.state"), r -> EvalTexts.caseState(t, r.evaluationCase().state()))
                        .width(70),
                Column.<OverdueRow>of(t.get("common.opened"), r -> r.evaluationCase().openedOn()).width(90),
                Column.<OverdueRow>of(t.get("common.overdue"), r -> CasesView.overdueText(t, r.evaluationCase()))
                        .width(120)));
        overdue.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group indicatorsBox = new Group(bottom, SWT.NONE);
        indicatorsBox.setText(t.get("dashboard.indicators"));
        indicatorsBox.setLayout(new GridLayout(1, false));
        indicators = new DataTable<>(indicatorsBox, site, t.get("dashboard.indicators"), List.of(
                Column.<IndicatorRating>of(t.get("dashboard.indicator"), IndicatorRating::indicatorName).width(110),
                Column.<IndicatorRating>of(t.get("dashboard.evaluations"), IndicatorRating::rated).width(60),
                Column.<IndicatorRating>of(t.get("dashboard.average"),
                        r -> String.format(java.util.Locale.ROOT, "%.2f", r.average())).width(60),
                Column.<IndicatorRating>of(t.get("dashboard.rate"), r -> EvalTexts.percent(r.satisfied())).width(70)));
        indicators.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        bottom.setWeights(3, 2, 2);
        root.addDisposeListener(e -> big.dispose());
        refresh();
    }

    private static Text dateBox(Composite parent, LocalDate value) {
        Text box = new Text(parent, SWT.BORDER);
        box.setMessage("yyyy-MM-dd");
        box.setText(value.toString());
        box.setLayoutData(new GridData(90, SWT.DEFAULT));
        return box;
    }

    public Composite control() {
        return root;
    }

    public BarChart chart() {
        return chart;
    }

    public DataTable<Satisfaction> partsTable() {
        return parts;
    }

    public DataTable<OverdueRow> overdueTable() {
        return overdue;
    }

    public DataTable<IndicatorRating> indicatorsTable() {
        return indicators;
    }

    public Figures figures() {
        return figures;
    }

    public String rateText() {
        return rate.getText();
    }

    public String summaryText() {
        return summary.getText();
    }

    public String callbackText() {
        return callback.getText();
    }

    public String message() {
        return message.getText();
    }

    /** Sets the filters as a user would. */
    public void setFilters(long unitId, String fromText, String toText, Granularity g, Dimension parts) {
        unit.select(unitId);
        from.setText(fromText);
        to.setText(toText);
        granularity.select(g);
        by.select(parts);
    }

    /** Reads the figures for the filters in the background and shows them. */
    public void refresh() {
        Long unitId = unit.value();
        LocalDate a;
        LocalDate b;
        try {
            if (unitId == null) {
                throw new ValidationException("unitId", EvalTexts.MESSAGES.text("error.chooseUnit"));
            }
            a = EvalTexts.date("from", from.getText(), false);
            b = EvalTexts.date("to", to.getText(), false);
            if (b.isBefore(a)) {
                throw new ValidationException("to", EvalTexts.MESSAGES.text("error.endDateBeforeStart"));
            }
        } catch (ValidationException e) {
            message.setText(t.error(e));
            return;
        }
        message.setText("");
        Granularity g = granularity.value();
        Dimension d = by.value();
        site.run(t.get("dashboard.computingSatisfaction"), monitor -> {
            monitor.beginTask(t.get("dashboard.computingSatisfaction"), 5);
            Satisfaction s = reports.satisfaction(site.session().actor(), Dimension.UNIT, unitId, null, a, b);
            step(monitor);
            List<Satisfaction> trend = reports.trend(site.session().actor(), Dimension.UNIT, unitId, null, a, b, g);
            step(monitor);
            List<Satisfaction> p = reports.breakdown(site.session().actor(), unitId, d, a, b);
            step(monitor);
            CallbackRate cr = cases.callbackRate(site.session().actor(), unitId, a, b);
            step(monitor);
            Page<EvaluationCase> late = cases.cases(site.session().actor(),
                    new CaseQuery(unitId, null, true, true, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE));
            List<IndicatorRating> ir = indicatorReports == null ? List.of()
                    : indicatorReports.ratings(site.session().actor(), new IndicatorQuery(unitId, a, b, null, null));
            monitor.done();
            return new Figures(s, trend, p, cr, late, ir);
        }, this::show);
    }

    private static void step(org.eclipse.core.runtime.IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        monitor.worked(1);
    }

    private void show(Figures f) {
        if (root.isDisposed()) {
            return;
        }
        figures = f;
        Satisfaction s = f.satisfaction();
        rate.setText(EvalTexts.percent(s.rate()) + "  " + (s.rate() == null ? t.get("dashboard.noEvaluations")
                : s.meetsTarget() ? t.get("dashboard.meetsTargetMark") : t.get("dashboard.belowTarget")));
        rate.setForeground(root.getDisplay().getSystemColor(s.rate() == null ? SWT.COLOR_DARK_GRAY
                : s.meetsTarget() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        summary.setText(t.get("dashboard.summary", EvalTexts.percent(s.target()), s.counted().total(),
                s.counted().verySatisfied(), s.counted().satisfied(), s.counted().basicallySatisfied(),
                s.counted().dissatisfied(), s.counted().veryDissatisfied(), s.excluded().total(),
                EvalTexts.percent(s.rateWithExcluded())));
        CallbackRate cr = f.callback();
        callback.setText(t.get("dashboard.callback", EvalTexts.percent(cr.rate()), cr.realNameBad(), cr.calledBack(),
                cr.overdue(), f.overdue().total()));
        chart.setTitle(
                t.get("dashboard.satisfactionTrend") + "（" + EvalTexts.granularity(t, granularity.value()) + "）");
        chart.setTarget(s.target(), t.get("dashboard.target", EvalTexts.percent(s.target())));
        chart.setBars(
                f.trend().stream().map(p -> new BarChart.Bar(periodLabel(p, granularity.value()), p.rate())).toList());
        parts.setRows(f.parts());
        indicators.setRows(f.indicators());
        Map<Long, String> names = EvalTexts.unitNames(org, site.session().actor());
        overdue.setRows(
                f.overdue().items().stream().map(c -> new OverdueRow(c, names.getOrDefault(c.unitId(), ""))).toList());
        root.layout(true, true);
    }

    static String periodLabel(Satisfaction p, Granularity g) {
        return switch (g) {
            case DAY -> p.from().format(DateTimeFormatter.ofPattern("MM-dd"));
            case MONTH -> p.from().format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case QUARTER -> Quarter.of(p.from()).toString();
            case YEAR -> String.valueOf(p.from().getYear());
        };
    }

    @Override
    public void setFocus() {
        unit.control().setFocus();
    }
}
