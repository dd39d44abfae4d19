package org.xingfeng.platform.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/** The unit tree (省 > 市 > 县 > ...) beside the staff of the selected unit and the units below it. */
public class OrgView implements ContributedView {

    /** A staff member with the names of their unit and section, as the table shows them. */
    public record StaffRow(Staff staff, String unitName, String sectionName) {
    }

    private final ViewSite site;
    private final OrgService org;
    private final Texts t;
    private final boolean admin;
    private final SashForm root;
    private final TreeViewer tree;
    private final Button includeBelow;
    private final Label unitTitle;
    private final DataTable<StaffRow> staff;
    private final Button editUnit;
    private final Button addSection;
    private final Button editStaff;
    private List<OrgUnit> units = List.of();
    private Map<Long, List<OrgUnit>> children = Map.of();

    public OrgView(Composite parent, ViewSite site, OrgService org) {
        this.site = site;
        this.org = org;
        this.t = Texts.of(site, OrgView.class);
        this.admin = ViewTexts.isAdmin(site);
        root = new SashForm(parent, SWT.HORIZONTAL);

        Composite left = new Composite(root, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        Composite unitButtons = new Composite(left, SWT.NONE);
        RowLayout row = new RowLayout();
        row.marginLeft = 0;
        unitButtons.setLayout(row);
        Button addUnit = button(unitButtons, t.get("org.newUnit"), () -> unitDialog(null));
        editUnit = button(unitButtons, t.get("org.editUnit"), () -> unitDialog(selectedUnit()));
        addSection = button(unitButtons, t.get("org.newSection"), this::sectionDialog);
        addUnit.setEnabled(admin);
        tree = new TreeViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return children.getOrDefault(0L, List.of()).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return children.getOrDefault(((OrgUnit) parentElement).id(), List.of()).toArray();
            }

            @Override
            public Object getParent(Object element) {
                Long p = ((OrgUnit) element).parentId();
                return p == null ? null : units.stream().filter(u -> u.id() == p).findFirst().orElse(null);
            }

            @Override
            public boolean hasChildren(Object element) {
                return children.containsKey(((OrgUnit) element).id());
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                OrgUnit u = (OrgUnit) element;
                return u.name() + "  [" + ViewTexts.level(t, u.level()) + " · " + u.code() + "]";
            }
        });
        tree.addSelectionChangedListener(e -> unitSelected());

        Composite right = new Composite(root, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        unitTitle = new Label(right, SWT.NONE);
        unitTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        includeBelow = new Button(right, SWT.CHECK);
        includeBelow.setText(t.get("org.includeUnitsBelow"));
        includeBelow.setSelection(true);
        includeBelow.addListener(SWT.Selection, e -> loadStaff());
        staff = new DataTable<>(right, site, t.get("org.staff"), List.of(
                Column.<StaffRow>of(t.get("org.staffNo"), r -> r.staff().staffNumber()).width(90),
                Column.<StaffRow>of(t.get("common.personName"), r -> r.staff().name()).width(90),
                Column.<StaffRow>of(t.get("org.unit"), StaffRow::unitName).width(150),
                Column.<StaffRow>of(t.get("org.section"), StaffRow::sectionName).width(110),
                Column.<StaffRow>of(t.get("org.tier"), r -> ViewTexts.tier(t, r.staff().tier())).width(100),
                Column.<StaffRow>of(t.get("org.posts"), r -> String.join("、", r.staff().posts())).width(140),
                Column.<StaffRow>of(t.get("org.active"), r -> r.staff().active()).width(60)));
        staff.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        Button addStaff = staff.addButton(t.get("org.newStaffMember"), () -> staffDialog(null));
        editStaff = staff.addButton(t.get("org.editStaffMember"), () -> staffDialog(staff.selected()));
        addStaff.setEnabled(admin);
        staff.onSelection(r -> editStaff.setEnabled(admin && r != null));
        staff.onOpen(r -> {
            if (admin) {
                staffDialog(r);
            }
        });
        root.setWeights(1, 2);
        unitSelected();
        loadUnits(null);
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public SashForm control() {
        return root;
    }

    public TreeViewer tree() {
        return tree;
    }

    public DataTable<StaffRow> staffTable() {
        return staff;
    }

    public OrgUnit selectedUnit() {
        return (OrgUnit) tree.getStructuredSelection().getFirstElement();
    }

    /** Selects a unit in the tree (and so loads its staff). */
    public void selectUnit(long unitId) {
        units.stream().filter(u -> u.id() == unitId).findFirst()
                .ifPresent(u -> tree.setSelection(new StructuredSelection(u), true));
    }

    private void loadUnits(Long select) {
        site.run(t.get("org.readingOrganisation"), monitor -> org.units(site.session().actor()), loaded -> {
            if (root.isDisposed()) {
                return;
            }
            Long keep = select != null ? select : selectedUnit() == null ? null : selectedUnit().id();
            units = loaded;
            Map<Long, List<OrgUnit>> byParent = new HashMap<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            loaded.forEach(u -> ids.add(u.id()));
            for (OrgUnit u : loaded) {
                // the top of the tree is the top of the user's reach: units whose parent is out of it
                long parent = u.parentId() == null || !ids.contains(u.parentId()) ? 0L : u.parentId();
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(u);
            }
            byParent.values().forEach(l -> l.sort(Comparator.comparing(OrgUnit::code)));
            children = byParent;
            tree.setInput(loaded);
            tree.expandToLevel(3);
            if (keep != null) {
                selectUnit(keep);
            } else if (!children.getOrDefault(0L, List.of()).isEmpty()) {
                selectUnit(children.get(0L).get(0).id());
            }
        });
    }

    private void unitSelected() {
        OrgUnit u = selectedUnit();
        editUnit.setEnabled(admin && u != null);
        addSection.setEnabled(admin && u != null);
        editStaff.setEnabled(admin && staff.selected() != null);
        unitTitle.setText(u == null ? t.get("org.chooseUnitLeft") : u.name());
        loadStaff();
    }

    private void loadStaff() {
        OrgUnit u = selectedUnit();
        if (u == null) {
            staff.setRows(List.of());
            return;
        }
        boolean below = includeBelow.getSelection();
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(x -> unitNames.put(x.id(), x.name()));
        staff.load(t.get("org.readingStaff"), monitor -> {
            List<OrgUnit> scope = below ? org.subtree(site.session().actor(), u.id()) : List.of(u);
            monitor.beginTask(t.get("org.readingStaff"), scope.size());
            List<StaffRow> rows = new ArrayList<>();
            for (OrgUnit unit : scope) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Map<Long, String> sections = new HashMap<>();
                org.sections(site.session().actor(), unit.id()).forEach(s -> sections.put(s.id(), s.name()));
                for (Staff s : org.staff(site.session().actor(), new StaffQuery(unit.id(), null, null, null, null),
                        new PageRequest(0, PageRequest.EXPORT_MAX)).items()) {
                    rows.add(new StaffRow(s, unitNames.getOrDefault(s.unitId(), unit.name()),
                            s.sectionId() == null ? "" : sections.getOrDefault(s.sectionId(), "")));
                }
                monitor.worked(1);
            }
            rows.sort(Comparator.comparing(r -> r.staff().staffNumber()));
            return rows;
        });
    }

    private List<Choice<Long>> unitChoices(boolean withNone) {
        List<Choice<Long>> choices = new ArrayList<>();
        if (withNone) {
            choices.add(new Choice<>(null, t.get("org.noneTopUnit")));
        }
        units.stream().sorted(Comparator.comparing(OrgUnit::code))
                .forEach(u -> choices.add(new Choice<>(u.id(), u.name() + " (" + u.code() + ")")));
        return choices;
    }

    /** Opens the unit form: a new unit below the selected one, or {@code unit} to edit. */
    public void unitDialog(OrgUnit unit) {
        OrgUnit parent = selectedUnit();
        List<Choice<OrgLevel>> levels = Arrays.stream(OrgLevel.values())
                .map(l -> new Choice<>(l, ViewTexts.level(t, l))).toList();
        OrgLevel defaultLevel = parent == null ? OrgLevel.PROVINCE
                : OrgLevel.values()[Math.min(parent.level().ordinal() + 1, OrgLevel.values().length - 1)];
        Long parentChoice = unit != null ? unit.parentId() : parent == null ? null : Long.valueOf(parent.id());
        FormDialog d = new FormDialog(site, t.get(unit == null ? "org.newUnit" : "org.editUnit"),
                t.get("org.codeUniqueLevelMust"))
                .choice("parentId", t.get("org.parentUnit"), unitChoices(true), parentChoice)
                .text("code", t.get("org.code"), unit == null ? "" : unit.code())
                .text("name", t.get("common.name"), unit == null ? "" : unit.name())
                .choice("level", t.get("org.level"), levels, unit == null ? defaultLevel : unit.level());
        OrgUnit[] saved = new OrgUnit[1];
        d.onSave(f -> {
            OrgUnitDraft draft = new OrgUnitDraft(f.choice("parentId"), f.text("code"), f.text("name"),
                    f.choice("level"));
            saved[0] = unit == null ? org.createUnit(site.session().actor(), draft)
                    : org.updateUnit(site.session().actor(), unit.id(), draft);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("org.unitSaved", saved[0].name()));
            loadUnits(saved[0].id());
        }
    }

    private void sectionDialog() {
        OrgUnit u = selectedUnit();
        if (u == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("org.newSection"), u.name())
                .text("name", t.get("org.sectionName"), "");
        d.onSave(f -> org.createSection(site.session().actor(), u.id(), f.text("name")));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("org.sectionAdded"));
        }
    }

    private List<Choice<Long>> sectionChoices(Long unitId) {
        List<Choice<Long>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, t.get("org.none")));
        if (unitId != null) {
            for (Section s : org.sections(site.session().actor(), unitId)) {
                choices.add(new Choice<>(s.id(), s.name()));
            }
        }
        return choices;
    }

    /** Opens the staff form: a new member in the selected unit, or {@code row}'s member to edit. */
    public void staffDialog(StaffRow row) {
        Staff s = row == null ? null : row.staff();
        OrgUnit selected = selectedUnit();
        Long unitId = s != null ? Long.valueOf(s.unitId()) : selected == null ? null : selected.id();
        List<Choice<StaffTier>> tiers = Arrays.stream(StaffTier.values())
                .map(x -> new Choice<>(x, ViewTexts.tier(t, x))).toList();
        FormDialog d = new FormDialog(site, t.get(s == null ? "org.newStaffMember" : "org.editStaffMember"),
                t.get("org.staffHint"))
                .text("staffNumber", t.get("org.staffNumber"), s == null ? "" : s.staffNumber())
                .text("name", t.get("common.personName"), s == null ? "" : s.name())
                .choice("unitId", t.get("org.unit"), unitChoices(false), unitId)
                .choice("sectionId", t.get("org.section"), sectionChoices(unitId), s == null ? null : s.sectionId())
                .choice("tier", t.get("org.tier"), tiers, s == null ? StaffTier.WINDOW_STAFF : s.tier())
                .text("posts", t.get("org.posts"), s == null ? "" : String.join("、", s.posts()))
                .check("active", t.get("org.active"), s == null || s.active());
        d.onChange("unitId", () -> d.setChoices("sectionId", sectionChoices(d.choice("unitId")), null));
        Staff[] saved = new Staff[1];
        d.onSave(f -> {
            Long unit = f.choice("unitId");
            if (unit == null) {
                throw new ValidationException("unitId", ViewTexts.MESSAGES.text("error.unitRequired"));
            }
            List<String> posts = Arrays.stream(f.text("posts").split("[、,，;；]")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            StaffDraft draft = new StaffDraft(f.text("staffNumber"), f.text("name"), unit, f.choice("sectionId"),
                    f.choice("tier"), posts, f.checked("active"));
            saved[0] = s == null ? org.createStaff(site.session().actor(), draft)
                    : org.updateStaff(site.session().actor(), s.id(), draft);
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("org.staffMemberSaved", saved[0].name()));
            loadStaff();
        }
    }

    @Override
    public void setFocus() {
        tree.getTree().setFocus();
    }
}
