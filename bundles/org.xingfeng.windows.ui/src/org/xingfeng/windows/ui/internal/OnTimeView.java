package org.xingfeng.windows.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
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
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.BarChart;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.OnTimeQuery;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordDimension;

/**
 * 按时办结率: the records completed in a period in a unit and below, and how many by their due date, per matter, window,
 * staff member, unit or month, the total first, with a chart of the rate per part; the table exports to XLSX as the
 * service writes it.
 */
public class OnTimeView implements ContributedView {

    private final ViewSite site;
    private final HandlingRecordService records;
    private final Texts t;
    private final SashForm root;
    private final ChoiceBox<Long> unit;
    private final Text from;
    private final Text to;
    private final ChoiceBox<RecordDimension> by;
    private final BarChart chart;
    private final DataTable<OnTimeRate> table;
    private List<OnTimeRate> rates = List.of();

    public OnTimeView(Composite parent, ViewSite site, HandlingRecordService records, OrgService org) {
        this.site = site;
        this.records = records;
        this.t = Texts.of(site, OnTimeView.class);
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        new Label(bar, SWT.NONE).setText(t.get("hall.unit"));
        List<OrgUnit> all = new ArrayList<>(org.units(actor()));
        all.sort(Comparator.comparing(OrgUnit::code));
        List<Choice<Long>> units = new ArrayList<>();
        units.add(new Choice<>(null, t.get("any")));
        all.forEach(u -> units.add(new Choice<>(u.id(), u.name())));
        unit = new ChoiceBox<>(bar, units, 180);
        LocalDate today = site.time().today();
        new Label(bar, SWT.NONE).setText(t.get("figures.from"));
        from = new Text(bar, SWT.BORDER);
        from.setText(today.minusDays(29).toString());
        from.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("figures.to"));
        to = new Text(bar, SWT.BORDER);
        to.setText(today.toString());
        to.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("figures.by"));
        by = new ChoiceBox<>(bar, WindowsUi.choices(t, RecordDimension.class, false), 90);
        by.select(RecordDimension.MATTER);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());
        root = new SashForm(page, SWT.VERTICAL);
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new BarChart(root, t.locale());
        chart.setRange(0, 1);
        table = new DataTable<>(root, site, t.get("ontime.title"), List.of(
                WindowsUi.<OnTimeRate>column(t, "figures.part", OnTimeRate::label).width(220),
                WindowsUi.<OnTimeRate>column(t, "ontime.completed", OnTimeRate::completed).width(80),
                WindowsUi.<OnTimeRate>column(t, "ontime.onTime", OnTimeRate::onTime).width(80),
                WindowsUi.<OnTimeRate>column(t, "ontime.rate", r -> WindowsUi.percent(r.rate())).width(90)));
        table.addButton(t.get("ontime.export"), this::export);
        root.setWeights(2, 3);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, LocalDate fromDay, LocalDate toDay, RecordDimension dimension) {
        unit.select(unitId);
        from.setText(fromDay == null ? "" : fromDay.toString());
        to.setText(toDay == null ? "" : toDay.toString());
        by.select(dimension);
    }

    private OnTimeQuery query() {
        return new OnTimeQuery(unit.value(), WindowsUi.date(t, "from", from.getText(), true),
                WindowsUi.date(t, "to", to.getText(), true), by.value());
    }

    public void reload() {
        OnTimeQuery q;
        try {
            q = query();
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        site.run(t.get("ontime.reading"), monitor -> records.onTime(actor(), q), r -> {
            if (chart.control().isDisposed()) {
                return;
            }
            rates = r;
            table.setRows(r);
            List<OnTimeRate> parts = r.size() > 1 ? r.subList(1, r.size()) : r;
            chart.setTitle(t.get("ontime.chart", WindowsUi.label(t, q.by())));
            chart.setBars(parts.stream().map(p -> new BarChart.Bar(p.label(), p.rate())).toList());
        });
    }

    /** The rates as the service writes their table, to XLSX. */
    public void export() {
        List<OnTimeRate> shown = rates;
        site.run(t.get("ontime.reading"), monitor -> records.onTimeTable(shown), site::exportXlsx);
    }

    public List<OnTimeRate> rates() {
        return rates;
    }

    public DataTable<OnTimeRate> table() {
        return table;
    }

    public BarChart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
