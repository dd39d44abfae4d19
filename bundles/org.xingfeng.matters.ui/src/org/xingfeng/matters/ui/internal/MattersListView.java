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
        this.t = Texts.of(site);
        this.editor = MattersTexts.isEditor(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(9, false));
        label(bar, "单位", "Unit");
        unit = new UnitChooser(bar, site, org, null);
        label(bar, "名称或编码", "Name or code");
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200;
        search.setLayoutData(sd);
        search.setMessage(t.t("回车查询", "Enter to search"));
        search.addListener(SWT.DefaultSelection, e -> reload());
        label(bar, "办理层级", "Level");
        List<Choice<HandlingLevel>> levels = new ArrayList<>();
        levels.add(new Choice<>(null, t.t("全部", "All")));
        for (HandlingLevel l : HandlingLevel.values()) {
            levels.add(new Choice<>(l, MattersTexts.level(t, l)));
        }
        level = new ChoiceBox<>(bar, levels, 110);
        level.onChange(this::reload);
        label(bar, "主项类别", "Category");
        List<Choice<MatterCategory>> categories = new ArrayList<>();
        categories.add(new Choice<>(null, t.t("全部", "All")));
        for (MatterCategory c : MatterCategory.values()) {
            categories.add(new Choice<>(c, MattersTexts.category(t, c)));
        }
        category = new ChoiceBox<>(bar, categories, 100);
        category.onChange(this::reload);
        Button query = new Button(bar, SWT.PUSH);
        query.setText(t.t("查询", "Search"));
        query.addListener(SWT.Selection, e -> reload());
        unit.onChange(u -> reload());

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] {ALL};
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
                    return t.t("全部主项", "All main items") + " (" + byMain.size() + ")";
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
        table = new DataTable<>(right, site, "事项清单", "Matters", List.of(
                Column.<ItemRow>of("主项名称", "Main item", r -> r.main().name()).width(150),
                Column.<ItemRow>of("子项名称", "Sub-item", r -> r.item().name()).width(200),
                Column.<ItemRow>of("基本编码", "Basic code", r -> r.item().basicCode()).width(90),
                Column.<ItemRow>of("主项类别", "Category", r -> MattersTexts.category(t, r.main().category())).width(80),
                Column.<ItemRow>of("办理层级", "Levels", r -> MattersTexts.letters(r.item().levels())).width(70),
                Column.<ItemRow>of("材料（件）", "Materials", r -> r.metrics() == null ? null : r.metrics().materials()).width(75),
                Column.<ItemRow>of("共享免交", "By data sharing", r -> r.metrics() == null ? null : r.metrics().sharedDataMaterials()).width(75),
                Column.<ItemRow>of("时限（工作日）", "Time limit (working days)", ItemRow::timeLimitDays).width(100),
                Column.<ItemRow>of("环节", "Steps", r -> r.item().steps().size()).width(50),
                Column.<ItemRow>of("即办件", "On the spot", r -> r.item().timeLimit() != null && r.item().timeLimit().onTheSpot()).width(60),
                Column.<ItemRow>of("实施编码", "Implementation code", r -> r.item().implementationCode()).width(140)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Button add = table.addButton("新增事项", "New item", () -> openEditor(null));
        edit = table.addButton(editor ? "修改事项" : "查看事项", editor ? "Edit item" : "View item", () -> openEditor(table.selected()));
        delete = table.addButton("删除事项", "Delete item", this::deleteSelected);
        table.addButton("办事指南", "Service guide", this::showGuide);
        publish = table.addButton("发布版本…", "Publish version…", this::publishDialog);
        table.addButton("版本记录", "Versions", this::showVersions);
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

    private void label(Composite parent, String zh, String en) {
        new Label(parent, SWT.NONE).setText(t.t(zh, en));
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
        site.run(t.t("读取事项清单", "Reading the matters list"), monitor -> {
            monitor.beginTask(t.t("读取事项清单", "Reading the matters list"), 3);
            Map<Long, MainItem> mains = new LinkedHashMap<>();
            items.mainItems(site.session().actor(), u.id()).forEach(m -> mains.put(m.id(), m));
            monitor.worked(1);
            List<SubItem> found = items.subItems(site.session().actor(), new SubItemQuery(u.id(), null, q, l, c), PageRequest.EXPORT).items();
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
            site.status(t.t("该单位还没有主项：请先导入事项清单", "The unit has no main items yet: import its list first"));
            return;
        }
        Object s = tree.getStructuredSelection().getFirstElement();
        Long mainId = row != null ? Long.valueOf(row.main().id()) : s instanceof MainItem m ? m.id() : null;
        ItemEditor dialog = new ItemEditor(site, items, mains, row == null ? null : row.item(), mainId);
        if (dialog.open() == Dialog.OK && dialog.saved() != null) {
            site.status(t.t("已保存事项 ", "Item saved: ") + dialog.saved().name());
            reload();
        }
    }

    private void deleteSelected() {
        ItemRow r = table.selected();
        if (r == null || !editor) {
            return;
        }
        if (Confirm.ask(site, "删除事项“" + r.item().name() + "”？删除记入审计日志。",
                "Delete the item \"" + r.item().name() + "\"? The deletion is recorded in the audit log.")) {
            try {
                items.deleteSubItem(site.session().actor(), r.item().id());
                site.status(t.t("已删除事项 ", "Item deleted: ") + r.item().name());
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
            site.status(t.t("请先选择事项", "Choose an item first"));
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
        FormDialog d = new FormDialog(site, "发布清单版本", "Publish a version of the list",
                u.name() + "：当前清单及其四最指标存为带生效日期的版本。",
                u.name() + ": the current list and its figures are kept as a dated version.")
                .text("effectiveDate", "生效日期", "Effective date", site.time().today().toString())
                .text("note", "说明", "Note", "");
        ListVersion[] saved = new ListVersion[1];
        d.onSave(f -> saved[0] = versionService.publish(site.session().actor(), u.id(),
                MattersTexts.date("effectiveDate", f.text("effectiveDate"), false), Strings.blankToNull(f.text("note"))));
        if (d.open() == FormDialog.OK) {
            site.status(t.t("已发布第 " + saved[0].number() + " 版", "Version " + saved[0].number() + " published"));
        }
    }

    /** The unit's published versions and their 四最 figures, newest first, in a window. */
    public Shell showVersions() {
        OrgUnit u = unit.selected();
        if (u == null) {
            return null;
        }
        Shell s = new Shell(site.shell(), SWT.SHELL_TRIM);
        s.setText(t.t("清单版本：", "Versions: ") + u.name());
        s.setLayout(new GridLayout(1, false));
        DataTable<ListVersion> versions = new DataTable<>(s, site, "清单版本", "List versions", List.of(
                Column.<ListVersion>of("版本", "Version", ListVersion::number).width(50),
                Column.<ListVersion>of("生效日期", "Effective", ListVersion::effectiveDate).width(90),
                Column.<ListVersion>of("事项数", "Items", ListVersion::items).width(60),
                Column.<ListVersion>of("平均材料", "Avg. materials", v -> round(v.averageMaterials())).width(80),
                Column.<ListVersion>of("平均时限（工作日）", "Avg. time limit", v -> round(v.averageTimeLimitDays())).width(110),
                Column.<ListVersion>of("平均环节", "Avg. steps", v -> round(v.averageSteps())).width(70),
                Column.<ListVersion>of("即办件", "On the spot", ListVersion::onTheSpot).width(60),
                Column.<ListVersion>of("发布人", "By", ListVersion::publishedBy).width(80),
                Column.<ListVersion>of("发布时间", "Published", ListVersion::publishedAt).width(140),
                Column.<ListVersion>of("说明", "Note", ListVersion::note).width(160)));
        versions.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        versions.setRows(versionService.versions(site.session().actor(), u.id()));
        s.setData(versions);
        s.setSize(1000, 400);
        s.open();
        return s;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
