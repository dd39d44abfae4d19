package org.xingfeng.windows.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.figures.Coverage;
import org.xingfeng.windows.api.figures.Dimension;
import org.xingfeng.windows.api.figures.FiguresQuery;
import org.xingfeng.windows.api.figures.FiguresService;
import org.xingfeng.windows.api.figures.ServiceLevel;
import org.xingfeng.windows.api.figures.ServiceLevels;
import org.xingfeng.windows.api.halls.HallService;

/**
 * 服务水平: what a hall manager reads. Tickets taken and served, average and longest wait and service time, the share
 * of calls within the target wait and the no-show share, by hour, day, window, staff member or matter, with a chart
 * of the share within the target per part; and the comprehensive-window coverage (综合窗口覆盖率) per hall and unit.
 * Both tables export to XLSX.
 */
public class FiguresView implements ContributedView {

    private final ViewSite site;
    private final FiguresService figures;
    private final Texts t;
    private final CTabFolder root;
    private final ChoiceBox<Long> hall;
    private final ChoiceBox<Long> unit;
    private final Text from;
    private final Text to;
    private final ChoiceBox<Dimension> by;
    private final Label target;
    private final DataTable<ServiceLevel> table;
    private final BarChart chart;
    private final ChoiceBox<Long> coverageUnit;
    private final DataTable<Coverage> coverage;
    private ServiceLevels levels;

    public FiguresView(Composite parent, ViewSite site, HallService halls, FiguresService figures, OrgService org,
            BureauTime time) {
        this.site = site;
        this.figures = figures;
        this.t = Texts.of(site, FiguresView.class);
        root = new CTabFolder(parent, SWT.BORDER);

        Composite levelsPage = new Composite(root, SWT.NONE);
        levelsPage.setLayout(new GridLayout(1, false));
        CTabItem levelsTab = new CTabItem(root, SWT.NONE);
        levelsTab.setText(t.get("figures.levels"));
        levelsTab.setControl(levelsPage);
        Composite bar = new Composite(levelsPage, SWT.NONE);
        bar.setLayout(new GridLayout(11, false));
        new Label(bar, SWT.NONE).setText(t.get("hall"));
        List<Choice<Long>> hallChoices = new ArrayList<>();
        hallChoices.add(new Choice<>(null, t.get("figures.allHalls")));
        hallChoices.addAll(WindowsUi.hallChoices(WindowsUi.halls(halls, actor())));
        hall = new ChoiceBox<>(bar, hallChoices, 200);
        List<Choice<Long>> units = units(org);
        new Label(bar, SWT.NONE).setText(t.get("hall.unit"));
        unit = new ChoiceBox<>(bar, units, 150);
        new Label(bar, SWT.NONE).setText(t.get("figures.from"));
        from = new Text(bar, SWT.BORDER);
        from.setText(time.today().withDayOfMonth(1).toString());
        from.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("figures.to"));
        to = new Text(bar, SWT.BORDER);
        to.setText(time.today().toString());
        to.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("figures.by"));
        by = new ChoiceBox<>(bar, WindowsUi.choices(t, Dimension.class, false), 90);
        by.select(Dimension.HOUR);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());
        target = new Label(levelsPage, SWT.NONE);
        target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm split = new SashForm(levelsPage, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new BarChart(split, t.locale());
        table = new DataTable<>(split, site, t.get("figures.levels"), List.of(
                WindowsUi.<ServiceLevel>column(t, "figures.part", ServiceLevel::label).width(120),
                WindowsUi.<ServiceLevel>column(t, "figures.taken", ServiceLevel::taken).width(60),
                WindowsUi.<ServiceLevel>column(t, "figures.served", ServiceLevel::served).width(60),
                WindowsUi.<ServiceLevel>column(t, "figures.noShows", ServiceLevel::noShows).width(60),
                WindowsUi.<ServiceLevel>column(t, "figures.avgWait", l -> WindowsUi.duration(l.averageWaitSeconds()))
                        .width(80),
                WindowsUi.<ServiceLevel>column(t, "figures.maxWait", l -> WindowsUi.duration(l.maxWaitSeconds()))
                        .width(80),
                WindowsUi.<ServiceLevel>column(t, "figures.avgService",
                        l -> WindowsUi.duration(l.averageServiceSeconds())).width(80),
                WindowsUi.<ServiceLevel>column(t, "figures.maxService", l -> WindowsUi.duration(l.maxServiceSeconds()))
                        .width(80),
                WindowsUi.<ServiceLevel>column(t, "figures.withinTarget", l -> WindowsUi.percent(l.withinTarget()))
                        .width(90),
                WindowsUi.<ServiceLevel>column(t, "figures.noShowShare", l -> WindowsUi.percent(l.noShowShare()))
                        .width(80)));
        split.setWeights(2, 3);

        Composite coveragePage = new Composite(root, SWT.NONE);
        coveragePage.setLayout(new GridLayout(1, false));
        CTabItem coverageTab = new CTabItem(root, SWT.NONE);
        coverageTab.setText(t.get("figures.coverage"));
        coverageTab.setControl(coveragePage);
        Composite cbar = new Composite(coveragePage, SWT.NONE);
        cbar.setLayout(new GridLayout(3, false));
        new Label(cbar, SWT.NONE).setText(t.get("hall.unit"));
        coverageUnit = new ChoiceBox<>(cbar, units, 200);
        Button cshow = new Button(cbar, SWT.PUSH);
        cshow.setText(t.get("search"));
        cshow.addListener(SWT.Selection, e -> loadCoverage());
        coverage = new DataTable<>(coveragePage, site, t.get("figures.coverage"), List.of(
                WindowsUi.<Coverage>column(t, "coverage.name", Coverage::name).width(200),
                WindowsUi.<Coverage>column(t, "coverage.windows", Coverage::windows).width(60),
                WindowsUi.<Coverage>column(t, "coverage.comprehensive", Coverage::comprehensiveWindows).width(80),
                WindowsUi.<Coverage>column(t, "coverage.comprehensiveShare",
                        c -> WindowsUi.percent(c.comprehensiveShare())).width(100),
                WindowsUi.<Coverage>column(t, "coverage.matters", Coverage::matters).width(60),
                WindowsUi.<Coverage>column(t, "coverage.everyWindow", Coverage::mattersOnEveryOpenWindow).width(100),
                WindowsUi.<Coverage>column(t, "coverage.everyWindowShare", c -> WindowsUi.percent(c.everyWindowShare()))
                        .width(110)));
        coverage.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setSelection(levelsTab);
        reload();
        loadCoverage();
    }

    private Actor actor() {
        return site.session().actor();
    }

    private List<Choice<Long>> units(OrgService org) {
        List<OrgUnit> all = new ArrayList<>(org.units(actor()));
        all.sort(Comparator.comparing(OrgUnit::code));
        return all.stream().map(u -> new Choice<>(u.id(), u.name())).toList();
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long hallId, Long unitId, LocalDate fromDay, LocalDate toDay, Dimension dimension) {
        hall.select(hallId);
        unit.select(unitId);
        coverageUnit.select(unitId);
        from.setText(fromDay.toString());
        to.setText(toDay.toString());
        by.select(dimension);
    }

    public void reload() {
        FiguresQuery q;
        try {
            q = new FiguresQuery(hall.value(), hall.value() == null ? unit.value() : null,
                    WindowsUi.date(t, "from", from.getText(), false), WindowsUi.date(t, "to", to.getText(), false),
                    by.value());
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        site.run(t.get("figures.reading"), monitor -> figures.serviceLevels(actor(), q), l -> {
            if (root.isDisposed()) {
                return;
            }
            levels = l;
            List<ServiceLevel> rows = new ArrayList<>(l.parts());
            if (l.total() != null) {
                rows.add(l.total());
            }
            table.setRows(rows);
            target.setText(t.get("figures.target", l.targetMinutes()));
            chart.setTitle(t.get("figures.chart", l.targetMinutes()));
            chart.setBars(l.parts().stream().map(p -> new BarChart.Bar(p.label(), p.withinTarget())).toList());
        });
    }

    public void loadCoverage() {
        Long u = coverageUnit.value();
        if (u == null) {
            coverage.setRows(List.of());
            return;
        }
        coverage.load(t.get("figures.reading"), monitor -> figures.coverage(actor(), u));
    }

    public ServiceLevels levels() {
        return levels;
    }

    public DataTable<ServiceLevel> table() {
        return table;
    }

    public BarChart chart() {
        return chart;
    }

    public DataTable<Coverage> coverage() {
        return coverage;
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
