package org.xingfeng.windows.ui.internal;

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
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.stations.CoverageQuery;
import org.xingfeng.windows.api.stations.MatterCoverage;
import org.xingfeng.windows.api.stations.NetworkCoverage;
import org.xingfeng.windows.api.stations.Station;
import org.xingfeng.windows.api.stations.StationService;
import org.xingfeng.windows.api.stations.TravelMode;
import org.xingfeng.windows.api.stations.Village;

/**
 * 便民服务站网络: the stations of a unit with location, hours and matters; per matter the 15-minute circle's coverage
 * (stations, villages reached, population covered, villages outside) and the matters only the county hall handles.
 * The tables export to XLSX; the map itself is the server's page {@code /stations-map}.
 */
public class StationsView implements ContributedView {

    private final ViewSite site;
    private final StationService stations;
    private final Texts t;
    private final Composite root;
    private final ChoiceBox<Long> unit;
    private final ChoiceBox<TravelMode> mode;
    private final Label summary;
    private final DataTable<Station> stationTable;
    private final DataTable<MatterCoverage> coverage;
    private NetworkCoverage last;

    public StationsView(Composite parent, ViewSite site, StationService stations, OrgService org) {
        this.site = site;
        this.stations = stations;
        this.t = Texts.of(site, StationsView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        new Label(bar, SWT.NONE).setText(t.get("hall.unit"));
        List<OrgUnit> all = new ArrayList<>(org.units(actor()));
        all.sort(Comparator.comparing(OrgUnit::code));
        List<Choice<Long>> units = new ArrayList<>();
        units.add(new Choice<>(null, t.get("stars.allUnits")));
        all.forEach(u -> units.add(new Choice<>(u.id(), u.name())));
        unit = new ChoiceBox<>(bar, units, 220);
        new Label(bar, SWT.NONE).setText(t.get("stations.mode"));
        mode = new ChoiceBox<>(bar, WindowsUi.choices(t, TravelMode.class, false), 90);
        mode.select(TravelMode.DRIVING);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm split = new SashForm(root, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stationTable = new DataTable<>(split, site, t.get("stations.title"), List.of(
                WindowsUi.<Station>column(t, "stations.name", Station::name).width(220),
                WindowsUi.<Station>column(t, "stations.level", s -> s.level().nameZh()).width(110),
                WindowsUi.<Station>column(t, "stations.location",
                        s -> s.located() ? s.latitude() + ", " + s.longitude() : t.get("stations.unlocated"))
                        .width(160),
                WindowsUi.<Station>column(t, "stations.hours", s -> s.openingHours() == null ? "" : s.openingHours())
                        .width(200),
                WindowsUi.<Station>column(t, "stations.matters",
                        s -> String.join("、", s.matters().stream().map(MatterRef::name).toList())).width(360)));
        coverage = new DataTable<>(split, site, t.get("stations.coverage"), List.of(
                WindowsUi.<MatterCoverage>column(t, "stations.matter", m -> label(m.matterCode(), m.matterName()))
                        .width(220),
                WindowsUi.<MatterCoverage>column(t, "stations.stations", MatterCoverage::stations).width(70),
                WindowsUi.<MatterCoverage>column(t, "stations.reached",
                        m -> m.villagesReached() + " / " + m.villages()).width(90),
                WindowsUi.<MatterCoverage>column(t, "stations.covered", MatterCoverage::populationCovered).width(90),
                WindowsUi.<MatterCoverage>column(t, "stations.share", m -> WindowsUi.percent(m.share())).width(80),
                WindowsUi.<MatterCoverage>column(t, "stations.outside",
                        m -> String.join("、", m.outside().stream().map(Village::name).toList())).width(360)));
        split.setWeights(2, 3);
        reload();
    }

    /** A matter's code, and its name when the matters module gave it one. */
    static String label(String code, String name) {
        return name == null || name.equals(code) ? code : code + " " + name;
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, TravelMode travel) {
        unit.select(unitId);
        mode.select(travel);
    }

    public void reload() {
        Long u = unit.value();
        TravelMode m = mode.value();
        stationTable.load(t.get("stations.reading"), monitor -> stations.stations(actor(), u));
        site.run(t.get("stations.reading"), monitor -> stations.coverage(actor(), new CoverageQuery(u, null, m)), c -> {
            if (root.isDisposed()) {
                return;
            }
            last = c;
            coverage.setRows(c.matters());
            summary.setText(t.get("stations.summary", String.format(java.util.Locale.ROOT, "%.2f", c.reachKm()),
                    c.minutes(), c.stations(), c.villages(), c.population(),
                    c.hallOnly().isEmpty() ? t.get("stations.none")
                            : String.join("、", c.hallOnly().stream().map(r -> label(r.code(), r.name())).toList())));
            root.layout(true, true);
        });
    }

    public NetworkCoverage last() {
        return last;
    }

    public DataTable<Station> stationTable() {
        return stationTable;
    }

    public DataTable<MatterCoverage> coverage() {
        return coverage;
    }

    public Label summary() {
        return summary;
    }

    @Override
    public void setFocus() {
        coverage.filterBox().setFocus();
    }
}
