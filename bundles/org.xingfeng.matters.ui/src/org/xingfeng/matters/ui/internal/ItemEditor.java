package org.xingfeng.matters.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.matters.api.EnglishTexts;
import org.xingfeng.matters.api.HandlingChannel;
import org.xingfeng.matters.api.HandlingLevel;
import org.xingfeng.matters.api.MainItem;
import org.xingfeng.matters.api.Material;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * The item editor: every element of a sub-item on four tabs (basic facts; materials with their attributes; steps
 * and service; history of changes), saved through {@link MatterItemService}. Each validation message appears beside
 * its field (and the tab that holds it is shown); the dialog stays open and nothing is stored until the save
 * succeeds. Users without the editor role see the item read-only.
 */
public class ItemEditor extends TitleAreaDialog {

    static final List<String> FORMS = List.of("原件", "复印件", "原件及复印件", "电子件");
    private static final Pattern INDEXED = Pattern.compile("([\\w.]+)\\[(\\d+)\\](?:\\.(\\w+))?");

    private final ViewSite site;
    private final MatterItemService items;
    private final Texts t;
    private final boolean editor;
    private final List<MainItem> mains;
    private final SubItem item;
    private final Long mainId;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Map<String, CTabItem> tabOf = new LinkedHashMap<>();
    private final Map<HandlingLevel, Button> levels = new LinkedHashMap<>();
    private final Map<HandlingChannel, Button> channels = new LinkedHashMap<>();
    private final List<Material> materials = new ArrayList<>();
    private CTabFolder tabs;
    private CTabItem currentTab;
    private DataTable<Material> materialTable;
    private HistoryTable history;
    private SubItem saved;

    /**
     * @param item the sub-item to change, or null for a new one
     * @param mainId the main item to start with (for a new item), or null
     */
    public ItemEditor(ViewSite site, MatterItemService items, List<MainItem> mains, SubItem item, Long mainId) {
        super(site.shell());
        this.site = site;
        this.items = items;
        this.t = Texts.of(site, ItemEditor.class);
        this.editor = MattersTexts.isEditor(site);
        this.mains = List.copyOf(mains);
        this.item = item;
        this.mainId = mainId;
        if (item != null) {
            materials.addAll(item.materials());
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    private String title() {
        if (item == null) {
            return t.get("common.newItem");
        }
        return t.get(editor ? "editor.editItem" : "editor.item", item.name());
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        setMessage(editor ? t.get("editor.sixUnifiedElementsName")
                : t.get("editor.readOnlyChangesNeed"));
        tabs = new CTabFolder(area, SWT.BORDER | SWT.TOP);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 760;
        gd.heightHint = 520;
        tabs.setLayoutData(gd);

        Composite basic = tab(t.get("editor.basicFacts"));
        List<Choice<Long>> mainChoices = mains.stream()
                .map(m -> new Choice<>(m.id(), m.name() + " (" + m.code() + ")")).toList();
        Combo main = new Combo(basic, SWT.READ_ONLY | SWT.DROP_DOWN);
        main.setVisibleItemCount(20);
        Long startMain = item != null ? Long.valueOf(item.mainItemId()) : mainId;
        for (int i = 0; i < mainChoices.size(); i++) {
            main.add(mainChoices.get(i).label());
            if (mainChoices.get(i).value().equals(startMain)) {
                main.select(i);
            }
        }
        if (main.getSelectionIndex() < 0 && main.getItemCount() > 0) {
            main.select(0);
        }
        field(basic, "mainItemId", t.get("editor.mainItem"), main);
        text(basic, "name", t.get("editor.name"), item == null ? "" : item.name(), false);
        text(basic, "basicCode", t.get("common.basicCode"), item == null ? "" : item.basicCode(), false);
        text(basic, "implementationCode", t.get("common.implementationCode"),
                item == null ? "" : item.implementationCode(), false);
        Composite levelBox = new Composite(basic, SWT.NONE);
        levelBox.setLayout(new RowLayout());
        for (HandlingLevel l : HandlingLevel.values()) {
            Button b = new Button(levelBox, SWT.CHECK);
            b.setText(MattersTexts.level(t, l));
            b.setSelection(item != null && item.levels().contains(l));
            levels.put(l, b);
        }
        field(basic, "levels", t.get("common.levels"), levelBox);
        text(basic, "timeLimit", t.get("editor.timeLimit"),
                MattersTexts.promise(t, item == null ? null : item.timeLimit()), false);
        ((Text) fields.get("timeLimit")).setMessage(t.get("editor.spotWorkingDaysBlank"));
        Integer legal = item == null || item.timeLimit() == null ? null : item.timeLimit().legalWorkingDays();
        text(basic, "timeLimit.legalWorkingDays", t.get("editor.legalLimit"), legal == null ? "" : legal.toString(),
                false);
        ((Text) fields.get("timeLimit.legalWorkingDays")).setMessage(t.get("editor.legalLimitHint"));
        text(basic, "legalBasis", t.get("editor.legalBasis"), item == null ? "" : item.legalBasis(), true);
        text(basic, "conditions", t.get("editor.conditions"), item == null ? "" : item.conditions(), true);

        Composite mat = tab(t.get("editor.materials"));
        mat.setLayout(new GridLayout(1, false));
        materialTable = new DataTable<>(mat, site, t.get("editor.materials"), List.of(
                Column.<Material>of(t.get("editor.material"), Material::name).width(200),
                Column.<Material>of(t.get("editor.materialEnglish"), m -> m.nameEn() == null ? "" : m.nameEn())
                        .width(160),
                Column.<Material>of(t.get("editor.form"), Material::form).width(90),
                Column.<Material>of(t.get("editor.copies"), Material::copies).width(50),
                Column.<Material>of(t.get("editor.dataSharing"), Material::sharedData).width(90),
                Column.<Material>of(t.get("editor.cancelled"), Material::cancelledBasis).width(140),
                Column.<Material>of(t.get("editor.cancelledOn"), Material::cancelledOn).width(90)));
        materialTable.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        List<Button> materialButtons = List.of(
                materialTable.addButton(t.get("editor.addMaterial"), () -> materialDialog(-1)),
                materialTable.addButton(t.get("editor.editMaterial"), () -> materialDialog(selectedMaterial())),
                materialTable.addButton(t.get("editor.removeMaterial"), this::removeMaterial),
                materialTable.addButton(t.get("editor.up"), () -> moveMaterial(-1)),
                materialTable.addButton(t.get("editor.down"), () -> moveMaterial(1)));
        materialButtons.forEach(b -> b.setEnabled(editor));
        materialTable.onOpen(m -> materialDialog(selectedMaterial()));
        Label materialError = errorLabel(mat);
        errors.put("materials", materialError);
        tabOf.put("materials", currentTab);
        materialTable.setRows(materials);

        Composite service = tab(t.get("editor.stepsService"));
        Composite channelBox = new Composite(service, SWT.NONE);
        channelBox.setLayout(new RowLayout());
        for (HandlingChannel c : HandlingChannel.values()) {
            Button b = new Button(channelBox, SWT.CHECK);
            b.setText(MattersTexts.channel(t, c));
            b.setSelection(item != null && item.channels().contains(c));
            channels.put(c, b);
        }
        field(service, "channels", t.get("editor.channels"), channelBox);
        text(service, "steps", t.get("editor.stepsOneLine"), item == null ? "" : String.join("\n", item.steps()), true);
        text(service, "place", t.get("editor.place"), item == null ? "" : item.place(), false);
        text(service, "consultation", t.get("editor.consultation"), item == null ? "" : item.consultation(), false);
        text(service, "complaint", t.get("editor.complaints"), item == null ? "" : item.complaint(), false);
        text(service, "fees", t.get("editor.fees"), item == null ? "" : item.fees(), false);
        ((Text) fields.get("fees")).setMessage(t.get("editor.blankFreeCharge"));
        text(service, "serviceStandard", t.get("editor.serviceStandard"),
                item == null ? "" : item.serviceStandard(), true);
        ((Text) fields.get("serviceStandard")).setMessage(t.get("editor.serviceStandardHint"));
        text(service, "remarks", t.get("editor.remarks"), item == null ? "" : item.remarks(), true);

        Composite hist = tab(t.get("common.history"));
        hist.setLayout(new GridLayout(1, false));
        history = new HistoryTable(hist, site, items, item == null ? null : item.id());

        // the guide in English, after the history so the other tabs keep their places: optional texts, the
        // Chinese shown where one is missing
        Composite english = tab(t.get("editor.english"));
        EnglishTexts en = item == null ? EnglishTexts.NONE : item.english();
        text(english, "english.name", t.get("editor.englishName"), en.name(), false);
        text(english, "english.legalBasis", t.get("editor.englishLegalBasis"), en.legalBasis(), true);
        text(english, "english.conditions", t.get("editor.englishConditions"), en.conditions(), true);
        text(english, "english.steps", t.get("editor.englishSteps"), String.join("\n", en.steps()), true);
        Label englishHint = new Label(english, SWT.WRAP);
        englishHint.setText(t.get("editor.englishHint"));
        englishHint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        tabs.setSelection(0);
        if (!editor) {
            fields.values().forEach(c -> c.setEnabled(false));
            levels.values().forEach(b -> b.setEnabled(false));
            channels.values().forEach(b -> b.setEnabled(false));
        }
        return area;
    }

    private Composite tab(String label) {
        currentTab = new CTabItem(tabs, SWT.NONE);
        currentTab.setText(label);
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.verticalSpacing = 2;
        c.setLayout(layout);
        currentTab.setControl(c);
        return c;
    }

    private void text(Composite parent, String name, String label, String initial, boolean multi) {
        Text text = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        text.setText(initial == null ? "" : initial);
        field(parent, name, label, text);
        if (multi) {
            ((GridData) text.getLayoutData()).heightHint = 56;
            ((GridData) text.getLayoutData()).verticalAlignment = SWT.FILL;
        }
    }

    private void field(Composite parent, String name, String text, Control control) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        // the control was made first; the grid lays children out in their order
        label.moveAbove(control);
        control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE);
        fields.put(name, control);
        errors.put(name, errorLabel(parent));
        tabOf.put(name, currentTab);
    }

    private Label errorLabel(Composite parent) {
        Label error = new Label(parent, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return error;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (editor) {
            createButton(parent, IDialogConstants.OK_ID, t.get("editor.save"), true);
            createButton(parent, IDialogConstants.CANCEL_ID, t.get("editor.cancel"), false);
        } else {
            createButton(parent, IDialogConstants.CANCEL_ID, t.get("common.close"), true);
        }
    }

    /** OK only when the save succeeded. */
    @Override
    public int open() {
        setReturnCode(CANCEL);
        return super.open();
    }

    /** Whether the dialog offers a Save button (editors only). */
    public boolean canSave() {
        return getButton(IDialogConstants.OK_ID) != null;
    }

    /** The item as stored by the last successful save, or null. */
    public SubItem saved() {
        return saved;
    }

    /** The text of a text field. */
    public String text(String field) {
        return ((Text) fields.get(field)).getText();
    }

    public void setText(String field, String value) {
        ((Text) fields.get(field)).setText(value);
    }

    public void setLevels(Set<HandlingLevel> chosen) {
        levels.forEach((l, b) -> b.setSelection(chosen.contains(l)));
    }

    /** Ticks the ways of handling (经办方式) chosen and clears the others. */
    public void setChannels(Set<HandlingChannel> chosen) {
        channels.forEach((c, b) -> b.setSelection(chosen.contains(c)));
    }

    /** The validation message beside a field ({@code materials} for the materials tab), "" when none. */
    public String error(String field) {
        return errors.get(field).getText();
    }

    public List<Material> materials() {
        return List.copyOf(materials);
    }

    public DataTable<Material> materialTable() {
        return materialTable;
    }

    public HistoryTable history() {
        return history;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    /** Presses Save. */
    public void submit() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        if (!editor) {
            return;
        }
        errors.values().forEach(l -> l.setText(""));
        setErrorMessage(null);
        try {
            SubItemDraft draft = draft();
            saved = item == null ? items.createSubItem(site.session().actor(), draft)
                    : items.updateSubItem(site.session().actor(), item.id(), draft);
        } catch (ValidationException e) {
            showValidation(e);
            return;
        } catch (RuntimeException e) {
            site.showError(e);
            return;
        }
        super.okPressed();
    }

    private SubItemDraft draft() {
        int main = ((Combo) fields.get("mainItemId")).getSelectionIndex();
        if (main < 0) {
            throw new ValidationException("mainItemId", MattersTexts.MESSAGES.text("error.chooseMainItem"));
        }
        Set<HandlingLevel> chosen = EnumSet.noneOf(HandlingLevel.class);
        levels.forEach((l, b) -> {
            if (b.getSelection()) {
                chosen.add(l);
            }
        });
        Set<HandlingChannel> ways = EnumSet.noneOf(HandlingChannel.class);
        channels.forEach((c, b) -> {
            if (b.getSelection()) {
                ways.add(c);
            }
        });
        List<String> steps = lines(text("steps"));
        return new SubItemDraft(mains.get(main).id(), text("name").strip(), Strings.blankToNull(text("basicCode")),
                Strings.blankToNull(text("implementationCode")), chosen, Strings.blankToNull(text("legalBasis")),
                materials, Strings.blankToNull(text("conditions")),
                MattersTexts.parseTimeLimit(text("timeLimit"), text("timeLimit.legalWorkingDays")),
                steps,
                Strings.blankToNull(text("place")), Strings.blankToNull(text("consultation")),
                Strings.blankToNull(text("complaint")), Strings.blankToNull(text("fees")),
                Strings.blankToNull(text("remarks")), ways, Strings.blankToNull(text("serviceStandard")),
                new EnglishTexts(Strings.blankToNull(text("english.name")),
                        Strings.blankToNull(text("english.legalBasis")),
                        Strings.blankToNull(text("english.conditions")), lines(text("english.steps"))));
    }

    /** One entry a line, blank lines left out. */
    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void showValidation(ValidationException e) {
        List<String> other = new ArrayList<>();
        CTabItem first = null;
        for (FieldError fe : e.details()) {
            String field = fe.field();
            String message = fe.message(t.locale());
            Matcher m = INDEXED.matcher(field == null ? "" : field);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(2)) + 1;
                field = m.group(1);
                message = t.get(field.equals("materials") ? "editor.materialError" : "editor.stepError", n, message);
            }
            Label l = errors.get(field);
            if (l != null) {
                l.setText(l.getText().isEmpty() ? message : l.getText() + "\n" + message);
                if (first == null) {
                    first = tabOf.get(field);
                }
            } else {
                other.add(message);
            }
        }
        if (e.details().isEmpty()) {
            other.add(t.error(e));
        }
        if (first != null) {
            tabs.setSelection(first);
        }
        setErrorMessage(other.isEmpty() ? t.get("editor.pleaseCorrectFieldsMarked") : String.join("; ", other));
        getShell().layout(true, true);
    }

    private int selectedMaterial() {
        Material m = materialTable.selected();
        return m == null ? -2 : materials.indexOf(m);
    }

    /** Opens the form of one material: {@code index} -1 adds one, otherwise changes the one at the index. */
    public void materialDialog(int index) {
        if (!editor || index < -1) {
            return;
        }
        Material m = index < 0 ? null : materials.get(index);
        FormDialog d = new FormDialog(site, t.get(index < 0 ? "editor.addMaterial" : "editor.editMaterial"),
                t.get("editor.cancelledMaterialNeedsIts"))
                .text("name", t.get("editor.material"), m == null ? "" : m.name())
                .text("nameEn", t.get("editor.materialEnglish"), m == null ? "" : m.nameEn())
                .choice("form", t.get("editor.form"), FORMS.stream().map(f -> new Choice<>(f, f)).toList(),
                        m == null ? "原件" : m.form())
                .text("copies", t.get("editor.copies"), m == null ? "1" : String.valueOf(m.copies()))
                .check("sharedData", t.get("editor.fetchedDataSharingNot"), m != null && m.sharedData())
                .text("cancelledBasis", t.get("editor.cancelled"), m == null ? "" : m.cancelledBasis())
                .text("cancelledOn", t.get("editor.cancelledOn"),
                        m == null || m.cancelledOn() == null ? "" : m.cancelledOn().toString());
        d.onSave(f -> {
            String name = f.text("name").strip();
            if (name.isEmpty()) {
                throw new ValidationException("name", MattersTexts.MESSAGES.text("error.materialNameRequired"));
            }
            int copies;
            try {
                copies = Integer.parseInt(f.text("copies").strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("copies", MattersTexts.MESSAGES.text("error.copies"));
            }
            if (copies < 0 || copies > 99) {
                throw new ValidationException("copies", MattersTexts.MESSAGES.text("error.copies"));
            }
            String basis = Strings.blankToNull(f.text("cancelledBasis"));
            java.time.LocalDate on = MattersTexts.date("cancelledOn", f.text("cancelledOn"), true);
            if ((basis == null) != (on == null)) {
                throw new ValidationException(basis == null ? "cancelledBasis" : "cancelledOn",
                        MattersTexts.MESSAGES.text("error.cancellationNeedsItsBasis"));
            }
            Material changed = new Material(name, f.choice("form"), copies, f.checked("sharedData"), basis, on,
                    Strings.blankToNull(f.text("nameEn")));
            if (index < 0) {
                materials.add(changed);
            } else {
                materials.set(index, changed);
            }
        });
        if (d.open() == FormDialog.OK) {
            materialTable.setRows(materials);
        }
    }

    private void removeMaterial() {
        int i = selectedMaterial();
        if (editor && i >= 0) {
            materials.remove(i);
            materialTable.setRows(materials);
        }
    }

    /** Moves the selected material up (-1) or down (1). */
    public void moveMaterial(int by) {
        int i = selectedMaterial();
        int j = i + by;
        if (!editor || i < 0 || j < 0 || j >= materials.size()) {
            return;
        }
        Material m = materials.remove(i);
        materials.add(j, m);
        materialTable.setRows(materials);
        materialTable.select(m);
    }
}
