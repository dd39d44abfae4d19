package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListComparisonService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 六统一比对: a unit's list against a standard list (its province's unless another is chosen): the standard's items
 * the unit lacks, the unit's extra items, and for each item both have every element that differs; exported as XLSX.
 */
public class ComparisonView implements ContributedView {

    /** One line of the report: what kind of finding, the item, and for a difference the element and both values. */
    public record Finding(Kind kind, String mainName, String subName, String basicCode, String element,
            String standardValue,
            String localValue) {
    }

    /** 缺少, 多出, 不一致. */
    public enum Kind {
        MISSING, EXTRA, DIFFERENT
    }

    private final ViewSite site;
    private final ListComparisonService comparisons;
    private final Texts t;
    private final Composite root;
    private final UnitChooser unit;
    private final UnitChooser standard;
    private final Label summary;
    private final DataTable<Finding> findings;
    private final Button exportReport;
    private ListComparison comparison;

    public ComparisonView(Composite parent, ViewSite site, ListComparisonService comparisons, OrgService org) {
        this.site = site;
        this.comparisons = comparisons;
        this.t = Texts.of(site, ComparisonView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(5, false));
        new Label(bar, SWT.NONE).setText(t.get("comparison.list"));
        unit = new UnitChooser(bar, site, org, null);
        new Label(bar, SWT.NONE).setText(t.get("comparison.standardList"));
        standard = new UnitChooser(bar, site, org, t.get("comparison.itsProvinceSList"));
        Button compare = new Button(bar, SWT.PUSH);
        compare.setText(t.get("comparison.compare"));
        compare.addListener(SWT.Selection, e -> compare());
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(t.get("comparison.chooseListsPressCompare"));
        findings = new DataTable<>(root, site, t.get("comparison.comparison"), List.of(
                Column.<Finding>of(t.get("comparison.finding"), f -> kind(f.kind())).width(70),
                Column.<Finding>of(t.get("common.mainItem"), Finding::mainName).width(160),
                Column.<Finding>of(t.get("common.subItem"), Finding::subName).width(200),
                Column.<Finding>of(t.get("common.basicCode"), Finding::basicCode).width(90),
                Column.<Finding>of(t.get("comparison.element"), Finding::element).width(80),
                Column.<Finding>of(t.get("comparison.standard"), Finding::standardValue).width(230),
                Column.<Finding>of(t.get("comparison.thisList"), Finding::localValue).width(230)));
        findings.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        exportReport = findings.addButton(t.get("comparison.exportReport"), this::exportReport);
        exportReport.setEnabled(false);
    }

    private String kind(Kind k) {
        return switch (k) {
            case MISSING -> t.get("comparison.missing");
            case EXTRA -> t.get("comparison.extra");
            case DIFFERENT -> t.get("comparison.differs");
        };
    }

    public Control control() {
        return root;
    }

    public DataTable<Finding> findings() {
        return findings;
    }

    public Label summary() {
        return summary;
    }

    public ListComparison comparison() {
        return comparison;
    }

    public void selectUnits(long unitId, Long standardUnitId) {
        unit.select(unitId);
        standard.select(standardUnitId);
    }

    /** Compares the chosen lists in the background and shows the findings. */
    public void compare() {
        OrgUnit u = unit.selected();
        OrgUnit s = standard.selected();
        if (u == null) {
            return;
        }
        site.run(t.get("comparison.comparingLists"),
                monitor -> comparisons.compare(site.session().actor(), u.id(), s == null ? null : s.id()), this::show);
    }

    private void show(ListComparison c) {
        if (root.isDisposed()) {
            return;
        }
        comparison = c;
        List<Finding> rows = new ArrayList<>();
        c.missing().forEach(
                r -> rows.add(new Finding(Kind.MISSING, r.mainName(), r.subName(), r.basicCode(), null, null, null)));
        c.extra().forEach(
                r -> rows.add(new Finding(Kind.EXTRA, r.mainName(), r.subName(), r.basicCode(), null, null, null)));
        for (ListComparison.ItemDifference d : c.different()) {
            for (ListComparison.ElementDifference e : d.elements()) {
                rows.add(new Finding(Kind.DIFFERENT, d.item().mainName(), d.item().subName(), d.item().basicCode(),
                        e.element(),
                        orEmpty(e.standardValue()), orEmpty(e.localValue())));
            }
        }
        findings.setRows(rows);
        summary.setText(
                t.get("comparison.summary", c.paired(), c.missing().size(), c.extra().size(), c.different().size(),
                        rows.size() - c.missing().size() - c.extra().size()));
        exportReport.setEnabled(true);
        root.layout(true, true);
    }

    /** A value one list does not give, said so rather than left blank. */
    private String orEmpty(String value) {
        return value == null || value.isBlank() ? t.get("comparison.empty") : value;
    }

    /** The module's own comparison sheet (one row per finding), through the client's export. */
    public void exportReport() {
        if (comparison != null) {
            site.exportXlsx(comparisons.comparisonTable(comparison));
        }
    }
}
