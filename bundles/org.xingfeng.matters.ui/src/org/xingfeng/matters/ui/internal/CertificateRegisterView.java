package org.xingfeng.matters.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.CertificateRegisterService;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.ChoiceBox;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 减证便民台账: a unit's materials cancelled or replaced by data sharing, with their basis, date and the items they
 * affected, filtered by period and by how they went; the period's figures above; exported as the module's XLSX
 * register (the rows shown).
 */
public class CertificateRegisterView implements ContributedView {

    private final ViewSite site;
    private final CertificateRegisterService registers;
    private final Texts t;
    private final Composite root;
    private final UnitChooser unit;
    private final Text from;
    private final Text to;
    private final ChoiceBox<CertificateRegister.Kind> kind;
    private final Label summary;
    private final DataTable<CertificateRegister.Entry> entries;
    private final Button export;
    private CertificateRegister register;

    public CertificateRegisterView(Composite parent, ViewSite site, CertificateRegisterService registers,
            OrgService org) {
        this.site = site;
        this.registers = registers;
        this.t = Texts.of(site, CertificateRegisterView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        new Label(bar, SWT.NONE).setText(t.get("common.unit"));
        unit = new UnitChooser(bar, site, org, null);
        new Label(bar, SWT.NONE).setText(t.get("certificates.from"));
        from = dateField(bar);
        new Label(bar, SWT.NONE).setText(t.get("certificates.to"));
        to = dateField(bar);
        new Label(bar, SWT.NONE).setText(t.get("certificates.kind"));
        kind = new ChoiceBox<>(bar, List.of(new Choice<>(null, t.get("certificates.allKinds")),
                new Choice<>(CertificateRegister.Kind.CANCELLED, kindText(CertificateRegister.Kind.CANCELLED)),
                new Choice<>(CertificateRegister.Kind.SHARED_DATA, kindText(CertificateRegister.Kind.SHARED_DATA))),
                SWT.DEFAULT);
        kind.onChange(this::showRows);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(t.get("certificates.show"));
        show.addListener(SWT.Selection, e -> reload());
        summary = new Label(root, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(t.get("certificates.chooseUnit"));
        entries = new DataTable<>(root, site, t.get("certificates.title"), List.of(
                Column.<CertificateRegister.Entry>of(t.get("certificates.material"),
                        CertificateRegister.Entry::material)
                        .width(200),
                Column.<CertificateRegister.Entry>of(t.get("certificates.kind"), e -> kindText(e.kind())).width(90),
                Column.<CertificateRegister.Entry>of(t.get("certificates.basis"),
                        e -> e.basis() == null ? "" : e.basis()).width(220),
                Column.<CertificateRegister.Entry>of(t.get("certificates.date"),
                        e -> e.date() == null ? "" : e.date().toString()).width(90),
                Column.<CertificateRegister.Entry>of(t.get("certificates.itemCount"),
                        e -> String.valueOf(e.items().size())).width(60),
                Column.<CertificateRegister.Entry>of(t.get("certificates.items"),
                        e -> e.items().stream().map(CertificateRegister.ItemRef::name)
                                .collect(Collectors.joining("、")))
                        .width(320)));
        entries.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        export = entries.addButton(t.get("certificates.export"), this::exportRegister);
        export.setEnabled(false);
        unit.onChange(u -> reload());
    }

    private static Text dateField(Composite bar) {
        Text field = new Text(bar, SWT.BORDER);
        field.setMessage("yyyy-MM-dd");
        GridData d = new GridData();
        d.widthHint = 90;
        field.setLayoutData(d);
        return field;
    }

    private String kindText(CertificateRegister.Kind k) {
        return t.get("certificates.kind." + k.name());
    }

    public Control control() {
        return root;
    }

    public DataTable<CertificateRegister.Entry> entries() {
        return entries;
    }

    public Label summary() {
        return summary;
    }

    public CertificateRegister register() {
        return register;
    }

    /** Chooses the unit, the period (yyyy-MM-dd or blank, as typed) and the kind (null: both), then reads. */
    public void show(long unitId, String fromText, String toText, CertificateRegister.Kind byKind) {
        from.setText(fromText == null ? "" : fromText);
        to.setText(toText == null ? "" : toText);
        kind.select(byKind);
        unit.select(unitId); // reads
    }

    /** Reads the chosen unit's register for the typed period in the background; a bad date is said, nothing read. */
    public void reload() {
        OrgUnit u = unit.selected();
        if (u == null) {
            return;
        }
        LocalDate f;
        LocalDate tt;
        try {
            f = MattersTexts.date("from", from.getText(), true);
            tt = MattersTexts.date("to", to.getText(), true);
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        site.run(t.get("certificates.reading"), monitor -> registers.register(site.session().actor(), u.id(), f, tt),
                this::showRegister);
    }

    private void showRegister(CertificateRegister r) {
        if (root.isDisposed()) {
            return;
        }
        register = r;
        summary.setText(t.get("certificates.summary", r.entries().size(), r.cancelledInPeriod(), r.items(),
                r.itemsWithoutPaper(), String.format(site.locale(), "%.1f", r.withoutPaperShare())));
        export.setEnabled(true);
        showRows();
    }

    /** The register's entries of the chosen kind. */
    private List<CertificateRegister.Entry> chosen() {
        CertificateRegister.Kind k = kind.value();
        return register.entries().stream().filter(e -> k == null || e.kind() == k).toList();
    }

    private void showRows() {
        if (register == null || root.isDisposed()) {
            return;
        }
        entries.setRows(chosen());
        root.layout(true, true);
    }

    /** The module's register sheet of the rows shown (one row per material and affected item). */
    public void exportRegister() {
        if (register != null) {
            CertificateRegister r = register;
            site.exportXlsx(registers.registerTable(new CertificateRegister(r.unitId(), r.from(), r.to(), chosen(),
                    r.cancelledInPeriod(), r.items(), r.itemsWithoutPaper(), r.withoutPaperShare())));
        }
    }
}
