package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.ListMetrics;
import org.xingfeng.matters.api.ListMetricsService;
import org.xingfeng.matters.api.ListVersion;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.MatterCategory;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 事项清单: a unit's list as a table (searched by name or code, filtered by level and category) beside a tree of
 * main items and their sub-items, with each item's 四最 figures; editors add, change, remove and publish.
 */
public class MattersListView implements ContributedView {

    /** A sub-item with its main item and its 四最 figures, as the table shows it. */
    public record ItemRow(SubItem item, MainItem main, ListMetrics.ItemMetrics metrics) {

        /** Working days, 0 on the spot, null when not fixed. */
        public Integer timeLimitDays() {
            return metrics == null ? null : metrics.timeLimitDays();
        }
    }

    private static final Object ALL = new Object();

    private final ViewSite site;
    private final MatterItemService items;
    private final ListMetricsService metricsService;
    private final ListVersionService versionService;
    private final Texts t;
    private final boolean editor;
    private final Composite root;
    private final UnitChooser unit;
    private final Text search;
    private final ChoiceBox<HandlingLevel> level;
    private final ChoiceBox<MatterCategory> category;
    private final TreeViewer tree;
    private final DataTable<ItemRow> table;
    private final Label figures;
    private final Button edit;
    private final Button delete;
    private final Button publish;
    private List<ItemRow> loaded = List.of();
    private Map<MainItem, List<ItemRow>> byMain = Map.of();
    private ListMetrics metrics;
    private GuidePrinter guidePrinter;

    public MattersListView(Composite parent, ViewSite site, MatterItemService items, ListMetricsService metricsService,
            ListVersionService versionService, OrgService org) {
        this.site = site;
        this.items = items;
        this.metricsService = metricsService;
        this.versionService = versionService;
        this.t = Texts.of(site, MattersListView.class);
        this.editor = MattersTexts.isEditor(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(9, false));
        label(bar, t.get("common.unit"));
        unit = new UnitChooser(bar, site, org, null);
        label(bar, t.get("list.nameCode"));
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200;
        search.setLayoutData(sd);
        search.setMessage(t.get("list.enterSearch"));
        search.addListener(SWT.DefaultSelection, e -> reload());
        label(bar, t.get("list.level"));
        List<Choice<HandlingLevel>> levels = new ArrayList<>();
        levels.add(new Choice<>(null, t.get("list.all")));
        for (HandlingLevel l : HandlingLevel.values()) {
            levels.add(new Choice<>(l, MattersTexts.level(t, l)));
        }
        level = new ChoiceBox<>(bar, levels, 110);
        level.onChange(this::reload);
        label(bar, t.get("list.category"));
        List<Choice<MatterCategory>> categories = new ArrayList<>();
        categories.add(new Choice<>(null, t.get("list.all")));
        for (MatterCategory c : MatterCategory.values()) {
            categories.add(new Choice<>(c, MattersTexts.category(t, c)));
        }
        category = new ChoiceBox<>(bar, categories, 100);
        category.onChange(this::reload);
        Button query = new Button(bar, SWT.PUSH);
        query.setText(t.get("list.search"));
        query.addListener(SWT.Selection, e -> reload());
        unit.onChange(u -> reload());

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] { ALL };
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement == ALL) {
                    return byMain.keySet().toArray();
                }
                if (parentElement instanceof MainItem m) {
                    return byMain.getOrDefault(m, List.of()).toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                if (element instanceof ItemRow r) {
                    return r.main();
                }
                return element instanceof MainItem ? ALL : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element == ALL) {
                    return t.get("list.allMainItems") + " (" + byMain.size() + ")";
                }
                if (element instanceof MainItem m) {
                    return m.name() + " (" + byMain.getOrDefault(m, List.of()).size() + ")";
                }
                ItemRow r = (ItemRow) element;
                return r.item().name();
            }
        });
        tree.addSelectionChangedListener(e -> treeSelected());

        Composite right = new Composite(sash, SWT.NONE);
        GridLayout rl = new GridLayout(1, false);
        rl.marginWidth = 0;
        right.setLayout(rl);
        table = new DataTable<>(right, site, t.get("list.matters"), List.of(
                Column.<ItemRow>of(t.get("common.mainItem"), r -> r.main().name()).width(150),
                Column.<ItemRow>of(t.get("common.subItem"), r -> r.item().name()).width(200),
                Column.<ItemRow>of(t.get("common.basicCode"), r -> r.item().basicCode()).width(90),
                Column.<ItemRow>of(t.get("list.category"), r -> MattersTexts.category(t, r.main().category()))
                        .width(80),
                Column.<ItemRow>of(t.get("common.levels"), r -> MattersTexts.letters(r.item().levels())).width(70),
                Column.<ItemRow>of(t.get("list.materials"), r -> r.metrics() == null ? null : r.metrics().materials())
                        .width(75),
                Column.<ItemRow>of(t.get("list.dataSharing"),
                        r -> r.metrics() == null ? null : r.metrics().sharedDataMaterials()).width(75),
                Column.<ItemRow>of(t.get("list.timeLimitWorkingDays"), ItemRow::timeLimitDays).width(100),
                Column.<ItemRow>of(t.get("list.steps"), r -> r.item().steps().size()).width(50),
                Column.<ItemRow>of(t.get("list.spot"),
                        r -> r.item().timeLimit() != null && r.item().timeLimit().onTheSpot()).width(60),
                Column.<ItemRow>of(t.get("list.discretion"), MattersListView::findings).width(120),
                Column.<ItemRow>of(t.get("common.implementationCode"), r -> r.item().implementationCode()).width(140)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button add = table.addButton(t.get("common.newItem"), () -> openEditor(null));
        edit = table.addButton(t.get(editor ? "list.editItem" : "list.viewItem"), () -> openEditor(table.selected()));
        delete = table.addButton(t.get("list.deleteItem"), this::deleteSelected);
        table.addButton(t.get("list.serviceGuide"), this::showGuide);
        publish = table.addButton(t.get("list.publishVersion"), this::publishDialog);
        table.addButton(t.get("list.versions"), this::showVersions);
        add.setEnabled(editor);
        publish.setEnabled(editor);
        table.onSelection(r -> updateButtons());
        table.onOpen(this::openEditor);
        figures = new Label(right, SWT.WRAP);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sash.setWeights(1, 3);
        updateButtons();
        reload();
    }

    private void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private void updateButtons() {
        boolean one = table.selected() != null;
        edit.setEnabled(one);
        delete.setEnabled(editor && one);
    }

    public Control control() {
        return root;
    }

    public DataTable<ItemRow> table() {
        return table;
    }

    public TreeViewer tree() {
        return tree;
    }

    public Label figures() {
        return figures;
    }

    public OrgUnit unit() {
        return unit.selected();
    }

    public void selectUnit(long unitId) {
        unit.select(unitId);
    }

    /** Sets the search text and the filters (null: all) and queries the service, as the bar does. */
    public void search(String text, HandlingLevel byLevel, MatterCategory byCategory) {
        search.setText(text == null ? "" : text);
        level.select(byLevel);
        category.select(byCategory);
        reload();
    }

    /** Queries the unit's list with the bar's search and filters, in the background. */
    public void reload() {
        OrgUnit u = unit.selected();
        if (u == null) {
            return;
        }
        HandlingLevel l = level.value();
        MatterCategory c = category.value();
        String q = Strings.blankToNull(search.getText());
        site.run(t.get("list.readingMattersList"), monitor -> {
            monitor.beginTask(t.get("list.readingMattersList"), 3);
            Map<Long, MainItem> mains = new LinkedHashMap<>();
            items.mainItems(site.session().actor(), u.id()).forEach(m -> mains.put(m.id(), m));
            monitor.worked(1);
            List<SubItem> found = items
                    .subItems(site.session().actor(), new SubItemQuery(u.id(), null, q, l, c), PageRequest.EXPORT)
                    .items();
            monitor.worked(1);
            ListMetrics m = metricsService.metrics(site.session().actor(), u.id());
            Map<Long, ListMetrics.ItemMetrics> per = new HashMap<>();
            m.perItem().forEach(x -> per.put(x.id(), x));
            List<ItemRow> rows = new ArrayList<>();
            for (SubItem s : found) {
                rows.add(new ItemRow(s, mains.get(s.mainItemId()), per.get(s.id())));
            }
            monitor.done();
            return new Loaded(rows, m);
        }, this::show);
    }

    private record Loaded(List<ItemRow> rows, ListMetrics metrics) {
    }

    private void show(Loaded result) {
        if (root.isDisposed()) {
            return;
        }
        loaded = result.rows();
        metrics = result.metrics();
        Map<MainItem, List<ItemRow>> grouped = new LinkedHashMap<>();
        loaded.stream().sorted(Comparator.comparing((ItemRow r) -> r.main().code()))
                .forEach(r -> grouped.computeIfAbsent(r.main(), k -> new ArrayList<>()).add(r));
        byMain = grouped;
        tree.setInput(loaded);
        tree.expandToLevel(2);
        table.setRows(loaded);
        figures.setText(MetricsText.summary(t, metrics));
        root.layout(true, true);
        updateButtons();
    }

    /** Shows the rows of one main item (null: all), as choosing it in the tree does. */
    public void showMainItem(MainItem main) {
        tree.setSelection(new StructuredSelection(main == null ? ALL : main), true);
    }

    private void treeSelected() {
        Object s = tree.getStructuredSelection().getFirstElement();
        if (s instanceof MainItem m) {
            table.setRows(byMain.getOrDefault(m, List.of()));
        } else if (s instanceof ItemRow r) {
            table.setRows(byMain.getOrDefault(r.main(), List.of()));
            table.select(r);
        } else {
            table.setRows(loaded);
        }
        updateButtons();
    }

    /** Opens the item editor for a row, or for a new item (under the main item chosen in the tree) with null. */
    public void openEditor(ItemRow row) {
        OrgUnit u = unit.selected();
        if (u == null) {
            return;
        }
        List<MainItem> mains = items.mainItems(site.session().actor(), u.id());
        if (row == null && mains.isEmpty()) {
            site.status(t.get("list.unitHasNoMain"));
            return;
        }
        Object s = tree.getStructuredSelection().getFirstElement();
        Long mainId = row != null ? Long.valueOf(row.main().id()) : s instanceof MainItem m ? m.id() : null;
        ItemEditor dialog = new ItemEditor(site, items, mains, row == null ? null : row.item(), mainId);
        if (dialog.open() == Dialog.OK && dialog.saved() != null) {
            site.status(t.get("list.itemSaved", dialog.saved().name()));
            reload();
        }
    }

    private void deleteSelected() {
        ItemRow r = table.selected();
        if (r == null || !editor) {
            return;
        }
        if (Confirm.ask(site, t.get("list.deleteQuestion", r.item().name()))) {
            try {
                items.deleteSubItem(site.session().actor(), r.item().id());
                site.status(t.get("list.itemDeleted", r.item().name()));
                reload();
            } catch (RuntimeException e) {
                site.showError(e);
            }
        }
    }

    /** Opens the print view of the selected item's guide. */
    public GuidePrinter showGuide() {
        ItemRow r = table.selected();
        if (r == null) {
            site.status(t.get("list.chooseItemFirst"));
            return null;
        }
        guidePrinter = new GuidePrinter(site, r.main(), r.item());
        guidePrinter.open();
        return guidePrinter;
    }

    /** Opens the form that publishes the current list as a dated version. */
    public void publishDialog() {
        OrgUnit u = unit.selected();
        if (u == null || !editor) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("list.publishVersionList"), t.get("list.publishHint", u.name()))
                .text("effectiveDate", t.get("list.effectiveDate"), site.time().today().toString())
                .text("note", t.get("list.note"), "");
        ListVersion[] saved = new ListVersion[1];
        d.onSave(f -> saved[0] = versionService.publish(site.session().actor(), u.id(),
                MattersTexts.date("effectiveDate", f.text("effectiveDate"), false),
                Strings.blankToNull(f.text("note"))));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("list.published", saved[0].number()));
        }
    }

    /** The unit's published versions and their 四最 figures, newest first, in a window. */
    public Shell showVersions() {
        OrgUnit u = unit.selected();
        if (u == null) {
            return null;
        }
        Shell s = new Shell(site.shell(), SWT.SHELL_TRIM);
        s.setText(t.get("list.versionsOf", u.name()));
        s.setLayout(new GridLayout(1, false));
        DataTable<ListVersion> versions = new DataTable<>(s, site, t.get("list.listVersions"), List.of(
                Column.<ListVersion>of(t.get("list.version"), ListVersion::number).width(50),
                Column.<ListVersion>of(t.get("list.effective"), ListVersion::effectiveDate).width(90),
                Column.<ListVersion>of(t.get("list.items"), ListVersion::items).width(60),
                Column.<ListVersion>of(t.get("list.avgMaterials"), v -> round(v.averageMaterials())).width(80),
                Column.<ListVersion>of(t.get("list.avgTimeLimit"), v -> round(v.averageTimeLimitDays())).width(110),
                Column.<ListVersion>of(t.get("list.avgSteps"), v -> round(v.averageSteps())).width(70),
                Column.<ListVersion>of(t.get("list.spot"), ListVersion::onTheSpot).width(60),
                Column.<ListVersion>of(t.get("list.discretion"), v -> v.discretionShare() + "%").width(70),
                Column.<ListVersion>of(t.get("list.by"), ListVersion::publishedBy).width(80),
                Column.<ListVersion>of(t.get("list.published"), ListVersion::publishedAt).width(140),
                Column.<ListVersion>of(t.get("list.note"), ListVersion::note).width(160)));
        versions.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        versions.setRows(versionService.versions(site.session().actor(), u.id()));
        s.setData(versions);
        s.setSize(1000, 400);
        s.open();
        return s;
    }

    /** An item's discretion findings as the table shows them: the open terms found, 、-separated. */
    static String findings(ItemRow r) {
        if (r.metrics() == null || r.metrics().discretion().isEmpty()) {
            return "";
        }
        return r.metrics().discretion().stream().map(f -> f.term()).distinct()
                .collect(java.util.stream.Collectors.joining("、"));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
