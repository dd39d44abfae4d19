package org.xingfeng.windows.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
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
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.stars.FactorScore;
import org.xingfeng.windows.api.stars.SelectionEntry;
import org.xingfeng.windows.api.stars.StaffSelectionEntry;
import org.xingfeng.windows.api.stars.StarFactor;
import org.xingfeng.windows.api.stars.StarQuery;
import org.xingfeng.windows.api.stars.StarService;
import org.xingfeng.windows.api.stars.WindowStars;
import org.xingfeng.windows.api.stars.YearlySelection;

/**
 * 星级窗口与年度评选: the windows' stars of a month or a year with each factor (缺项 where its source is absent) and the
 * explanation; the yearly selection (标兵, 优质, 差评 windows, model staff, exclusions and ties). Both export to XLSX.
 */
public class StarsView implements ContributedView {

    /** One line of the selection as shown: the list, the place, who, the figures and the note. */
    public record Row(String list, String rank, String name, int records, Double score, String stars, String note) {
    }

    private final ViewSite site;
    private final StarService stars;
    private final Texts t;
    private final CTabFolder root;
    private final ChoiceBox<Long> unit;
    private final Text year;
    private final Text month;
    private final DataTable<WindowStars> table;
    private final DataTable<Row> selection;

    public StarsView(Composite parent, ViewSite site, StarService stars, OrgService org, BureauTime time) {
        this.site = site;
        this.stars = stars;
        this.t = Texts.of(site, StarsView.class);
        root = new CTabFolder(parent, SWT.BORDER);
        Composite page = new Composite(root, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        CTabItem tab = new CTabItem(root, SWT.NONE);
        tab.setText(t.get("stars.title"));
        tab.setControl(page);
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(7, false));
        new Label(bar, SWT.NONE).setText(t.get("hall.unit"));
        List<OrgUnit> all = new ArrayList<>(org.units(actor()));
        all.sort(Comparator.comparing(OrgUnit::code));
        List<Choice<Long>> units = new ArrayList<>();
        units.add(new Choice<>(null, t.get("stars.allUnits")));
        all.forEach(u -> units.add(new Choice<>(u.id(), u.name())));
        unit = new ChoiceBox<>(bar, units, 200);
        new Label(bar, SWT.NONE).setText(t.get("stars.year"));
        year = new Text(bar, SWT.BORDER);
        year.setText(String.valueOf(time.today().getYear()));
        year.setLayoutData(new GridData(50, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText(t.get("stars.month"));
        month = new Text(bar, SWT.BORDER);
        month.setMessage(t.get("stars.wholeYear"));
        month.setLayoutData(new GridData(60, SWT.DEFAULT));
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("search"));
        show.addListener(SWT.Selection, e -> reload());
        List<org.xingfeng.platform.ui.widgets.Column<WindowStars>> columns = new ArrayList<>(List.of(
                WindowsUi.<WindowStars>column(t, "stars.unit", WindowStars::unitName).width(140),
                WindowsUi.<WindowStars>column(t, "stars.window", w -> w.hallName() + " " + w.windowNumber()).width(160),
                WindowsUi.<WindowStars>column(t, "stars.records", WindowStars::records).width(60),
                WindowsUi.<WindowStars>column(t, "stars.score", w -> w.score() == null ? "" : w.score()).width(60),
                WindowsUi.<WindowStars>column(t, "stars.stars", w -> "★".repeat(w.stars())).width(80)));
        for (StarFactor f : StarFactor.values()) {
            columns.add(WindowsUi.<WindowStars>column(t, "StarFactor." + f.name(), w -> factor(w, f)).width(80));
        }
        columns.add(WindowsUi.<WindowStars>column(t, "stars.explanation", WindowStars::explanation).width(400));
        table = new DataTable<>(page, site, t.get("stars.title"), columns);
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite spage = new Composite(root, SWT.NONE);
        spage.setLayout(new GridLayout(1, false));
        CTabItem stab = new CTabItem(root, SWT.NONE);
        stab.setText(t.get("selection.title"));
        stab.setControl(spage);
        Button sshow = new Button(spage, SWT.PUSH);
        sshow.setText(t.get("selection.show"));
        sshow.addListener(SWT.Selection, e -> loadSelection());
        selection = new DataTable<>(spage, site, t.get("selection.title"), List.of(
                WindowsUi.<Row>column(t, "selection.list", Row::list).width(110),
                WindowsUi.<Row>column(t, "selection.rank", Row::rank).width(50),
                WindowsUi.<Row>column(t, "selection.name", Row::name).width(220),
                WindowsUi.<Row>column(t, "stars.records", Row::records).width(60),
                WindowsUi.<Row>column(t, "stars.score", r -> r.score() == null ? "" : r.score()).width(60),
                WindowsUi.<Row>column(t, "stars.stars", Row::stars).width(80),
                WindowsUi.<Row>column(t, "selection.note", Row::note).width(420)));
        selection.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setSelection(tab);
        reload();
    }

    private static String factor(WindowStars w, StarFactor f) {
        for (FactorScore s : w.factors()) {
            if (s.factor() == f) {
                return s.missing() ? "缺项" : String.format(java.util.Locale.ROOT, "%.2f", s.score());
            }
        }
        return "";
    }

    private Actor actor() {
        return site.session().actor();
    }

    /** Sets the filters as a user would. */
    public void setFilters(Long unitId, int y, Integer m) {
        unit.select(unitId);
        year.setText(String.valueOf(y));
        month.setText(m == null ? "" : String.valueOf(m));
    }

    public void reload() {
        StarQuery q;
        try {
            Integer y = WindowsUi.number(t, "year", year.getText());
            Integer m = month.getText().isBlank() ? null : WindowsUi.number(t, "month", month.getText());
            q = new StarQuery(unit.value(), y == null ? 0 : y, m);
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        table.load(t.get("stars.reading"), monitor -> stars.stars(actor(), q));
    }

    public void loadSelection() {
        Integer y;
        try {
            y = WindowsUi.number(t, "year", year.getText());
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        Long u = unit.value();
        int yy = y == null ? 0 : y;
        selection.load(t.get("stars.reading"), monitor -> rows(stars.selection(actor(), u, yy)));
    }

    static List<Row> rows(YearlySelection s) {
        List<Row> rows = new ArrayList<>();
        for (List<SelectionEntry> list : List.of(s.model(), s.good(), s.poor())) {
            for (SelectionEntry e : list) {
                WindowStars w = e.window();
                rows.add(new Row(e.kind().nameZh(), String.valueOf(e.rank()), w.unitName() + " " + w.hallName() + " "
                        + w.windowNumber(), w.records(), w.score(), "★".repeat(w.stars()),
                        e.note() == null ? w.explanation() : e.note()));
            }
        }
        for (StaffSelectionEntry e : s.modelStaff()) {
            rows.add(new Row("标兵窗口工作人员", String.valueOf(e.rank()), e.unitName() + " " + e.staffName(), e.records(),
                    e.score(), "", e.explanation()));
        }
        s.excluded().forEach(e -> rows.add(new Row("未参评", "", e.name(), e.records(), null, "", e.reason())));
        s.ties().forEach(x -> rows.add(new Row("说明", "", "", 0, null, "", x)));
        return rows;
    }

    public DataTable<WindowStars> table() {
        return table;
    }

    public DataTable<Row> selection() {
        return selection;
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
