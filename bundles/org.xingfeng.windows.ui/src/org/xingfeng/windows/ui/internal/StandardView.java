package org.xingfeng.windows.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.standard.HallInventory;
import org.xingfeng.windows.api.standard.Inspection;
import org.xingfeng.windows.api.standard.InspectionDraft;
import org.xingfeng.windows.api.standard.InventoryCount;
import org.xingfeng.windows.api.standard.InventoryLine;
import org.xingfeng.windows.api.standard.StandardItem;
import org.xingfeng.windows.api.standard.StandardItemDraft;
import org.xingfeng.windows.api.standard.StandardService;

/**
 * 大厅标准化: a hall's inventory against the standard (required, present, missing, the hall complete or not), its dated
 * inspections, and the standard itself (seed 001's list until an administrator edits it).
 */
public class StandardView implements ContributedView {

    private final ViewSite site;
    private final StandardService standard;
    private final BureauTime time;
    private final Texts t;
    private final CTabFolder root;
    private final ChoiceBox<Long> hall;
    private final Label verdict;
    private final DataTable<InventoryLine> lines;
    private final DataTable<Inspection> inspections;
    private final DataTable<StandardItem> items;
    private final Button countButton;
    private final Button inspectButton;
    private HallInventory inventory;

    public StandardView(Composite parent, ViewSite site, HallService halls, StandardService standard, BureauTime time) {
        this.site = site;
        this.standard = standard;
        this.time = time;
        this.t = Texts.of(site, StandardView.class);
        root = new CTabFolder(parent, SWT.BORDER);

        Composite inv = new Composite(root, SWT.NONE);
        inv.setLayout(new GridLayout(1, false));
        CTabItem invTab = new CTabItem(root, SWT.NONE);
        invTab.setText(t.get("standard.inventory"));
        invTab.setControl(inv);
        Composite bar = new Composite(inv, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        new Label(bar, SWT.NONE).setText(t.get("hall"));
        hall = new ChoiceBox<>(bar, WindowsUi.hallChoices(WindowsUi.halls(halls, actor())), 220);
        verdict = new Label(bar, SWT.NONE);
        verdict.setLayoutData(new GridData(400, SWT.DEFAULT));
        lines = new DataTable<>(inv, site, t.get("standard.inventory"), List.of(
                WindowsUi.<InventoryLine>column(t, "item.code", InventoryLine::itemCode).width(80),
                WindowsUi.<InventoryLine>column(t, "item.name", InventoryLine::itemName).width(160),
                WindowsUi.<InventoryLine>column(t, "item.category", InventoryLine::category).width(70),
                WindowsUi.<InventoryLine>column(t, "item.required", InventoryLine::required).width(60),
                WindowsUi.<InventoryLine>column(t, "item.present", InventoryLine::present).width(60),
                WindowsUi.<InventoryLine>column(t, "item.missing", l -> l.missing() == 0 ? "" : l.missing())
                        .width(60)));
        lines.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String count = t.get("standard.count");
        countButton = lines.addButton(count, () -> countDialog(lines.selected()));
        String inspect = t.get("standard.inspect");
        inspectButton = lines.addButton(inspect, this::inspectDialog);

        Composite insp = new Composite(root, SWT.NONE);
        insp.setLayout(new GridLayout(1, false));
        CTabItem inspTab = new CTabItem(root, SWT.NONE);
        inspTab.setText(t.get("standard.inspections"));
        inspTab.setControl(insp);
        inspections = new DataTable<>(insp, site, t.get("standard.inspections"), List.of(
                WindowsUi.<Inspection>column(t, "inspection.date", Inspection::date).width(90),
                WindowsUi.<Inspection>column(t, "inspection.inspector", Inspection::inspector).width(80),
                WindowsUi.<Inspection>column(t, "inspection.passed", i -> t.get(i.passed() ? "yes" : "no")).width(60),
                WindowsUi.<Inspection>column(t, "inspection.missing", i -> String.join("、", i.missingCodes()))
                        .width(200),
                WindowsUi.<Inspection>column(t, "inspection.findings", Inspection::findings).width(300)));
        inspections.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite std = new Composite(root, SWT.NONE);
        std.setLayout(new GridLayout(1, false));
        CTabItem stdTab = new CTabItem(root, SWT.NONE);
        stdTab.setText(t.get("standard.items"));
        stdTab.setControl(std);
        items = new DataTable<>(std, site, t.get("standard.items"), List.of(
                WindowsUi.<StandardItem>column(t, "item.code", StandardItem::code).width(80),
                WindowsUi.<StandardItem>column(t, "item.name", StandardItem::name).width(180),
                WindowsUi.<StandardItem>column(t, "item.category", StandardItem::category).width(80),
                WindowsUi.<StandardItem>column(t, "item.required", StandardItem::requiredQuantity).width(60)));
        items.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String add = t.get("standard.addItem");
        Button addButton = items.addButton(add, () -> itemDialog(null));
        String edit = t.get("standard.editItem");
        Button editButton = items.addButton(edit, () -> itemDialog(items.selected()));
        String remove = t.get("standard.removeItem");
        Button removeButton = items.addButton(remove, () -> removeItem(items.selected()));
        boolean admin = WindowsUi.admin(site);
        addButton.setEnabled(admin);
        editButton.setEnabled(admin);
        removeButton.setEnabled(admin);
        countButton.setEnabled(admin);
        inspectButton.setEnabled(admin);

        root.setSelection(invTab);
        hall.onChange(this::reload);
        reload();
    }

    private Actor actor() {
        return site.session().actor();
    }

    public void selectHall(long id) {
        hall.select(id);
        reload();
    }

    public void reload() {
        items.load(t.get("standard.reading"), monitor -> standard.items(actor()));
        Long h = hall.value();
        if (h == null) {
            lines.setRows(List.of());
            inspections.setRows(List.of());
            verdict.setText("");
            return;
        }
        site.run(t.get("standard.reading"), monitor -> standard.inventory(actor(), h), inv -> {
            if (root.isDisposed()) {
                return;
            }
            inventory = inv;
            lines.setRows(inv.lines());
            verdict.setText(inv.complete() ? t.get("standard.complete")
                    : t.get("standard.incomplete", inv.missingCodes().size()));
        });
        inspections.load(t.get("standard.reading"), monitor -> standard.inspections(actor(), h));
    }

    public HallInventory inventory() {
        return inventory;
    }

    public DataTable<InventoryLine> lines() {
        return lines;
    }

    public DataTable<Inspection> inspections() {
        return inspections;
    }

    public DataTable<StandardItem> items() {
        return items;
    }

    public Label verdict() {
        return verdict;
    }

    /** 盘点: how many of an item the hall has. */
    public void countDialog(InventoryLine line) {
        Long h = hall.value();
        if (line == null || h == null) {
            return;
        }
        FormDialog d = WindowsUi.dialog(site, t.get("standard.count"), t.get("standard.countMessage", line.itemName(),
                line.required()))
                .text("present", t.get("item.present"), String.valueOf(line.present()));
        d.onSave(f -> standard.setInventory(actor(), h, List.of(new InventoryCount(line.itemCode(),
                WindowsUi.number(t, "present", f.text("present"))))));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    /** 检查: a dated inspection keeps the hall's missing items of that day. */
    public void inspectDialog() {
        Long h = hall.value();
        if (h == null) {
            return;
        }
        FormDialog d = WindowsUi.dialog(site, t.get("standard.inspect"), t.get("standard.inspectMessage"))
                .text("date", t.get("inspection.date"), time.today().toString())
                .multiline("findings", t.get("inspection.findings"), "");
        d.onSave(f -> standard.inspect(actor(), new InspectionDraft(h, WindowsUi.date(t, "date", f.text("date"), false),
                Strings.blankToNull(f.text("findings")))));
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    /** 新增/修改标准项 */
    public void itemDialog(StandardItem item) {
        FormDialog d = WindowsUi.dialog(site, t.get(item == null ? "standard.addItem" : "standard.editItem"),
                t.get("standard.itemMessage"))
                .text("code", t.get("item.code"), item == null ? "" : item.code())
                .text("name", t.get("item.name"), item == null ? "" : item.name())
                .text("category", t.get("item.category"), item == null ? "" : item.category())
                .text("requiredQuantity", t.get("item.required"),
                        item == null ? "1" : String.valueOf(item.requiredQuantity()));
        d.onSave(f -> {
            StandardItemDraft draft = new StandardItemDraft(f.text("code").strip(), f.text("name").strip(),
                    Strings.blankToNull(f.text("category")),
                    WindowsUi.number(t, "requiredQuantity", f.text("requiredQuantity")));
            if (item == null) {
                standard.createItem(actor(), draft);
            } else {
                standard.updateItem(actor(), item.id(), draft);
            }
        });
        if (d.open() == FormDialog.OK) {
            reload();
        }
    }

    public void removeItem(StandardItem item) {
        if (item == null || !Confirm.ask(site, t.get("standard.removeAsk", item.name()))) {
            return;
        }
        try {
            standard.removeItem(actor(), item.id());
        } catch (RuntimeException e) {
            site.showError(e);
        }
        reload();
    }

    @Override
    public void setFocus() {
        lines.filterBox().setFocus();
    }
}
