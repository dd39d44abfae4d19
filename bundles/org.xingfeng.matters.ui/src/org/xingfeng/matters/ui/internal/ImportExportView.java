package org.xingfeng.matters.ui.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * 导入导出: a unit's list from an XLSX or CSV file in the layout of attachment 1, first as a dry run (what would be
 * created and updated, and every bad row), then for real, all or nothing; and the list exported in the same layout.
 * Each runs in the background with progress and cancel.
 */
public class ImportExportView implements ContributedView {

    private final ViewSite site;
    private final ListSheetService listSheets;
    private final SpreadsheetService sheets;
    private final Texts t;
    private final boolean editor;
    private final Composite root;
    private final UnitChooser unit;
    private final Text file;
    private final Button dryRun;
    private final Button importButton;
    private final Label summary;
    private final DataTable<RowError> errors;
    private ImportReport lastReport;

    public ImportExportView(Composite parent, ViewSite site, ListSheetService listSheets, OrgService org,
            SpreadsheetService sheets) {
        this.site = site;
        this.listSheets = listSheets;
        this.sheets = sheets;
        this.t = Texts.of(site, ImportExportView.class);
        this.editor = MattersTexts.isEditor(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite top = new Composite(root, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        new Label(top, SWT.NONE).setText(t.get("common.unit"));
        unit = new UnitChooser(top, site, org, null);

        Group in = new Group(root, SWT.NONE);
        in.setText(t.get("importExport.importList"));
        in.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        in.setLayout(new GridLayout(5, false));
        new Label(in, SWT.NONE).setText(t.get("importExport.file"));
        file = new Text(in, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button choose = button(in, t.get("importExport.chooseFile"), this::chooseFile);
        dryRun = button(in, t.get("importExport.checkDryRun"), () -> runImport(true));
        importButton = button(in, t.get("importExport.import"), () -> runImport(false));
        choose.setEnabled(editor);
        dryRun.setEnabled(editor);
        importButton.setEnabled(editor);
        summary = new Label(in, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        summary.setText(editor ? t.get("importExport.checkFirstFileImported")
                : t.get("importExport.importingNeedsMattersEditor"));
        errors = new DataTable<>(in, site, t.get("importExport.importErrors"), List.of(
                Column.<RowError>of(t.get("importExport.row"), RowError::row).width(60),
                Column.<RowError>of(t.get("importExport.column"), RowError::column).width(120),
                Column.<RowError>of(t.get("importExport.problem"), RowError::message).width(600)));
        errors.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));

        Group out = new Group(root, SWT.NONE);
        out.setText(t.get("importExport.exportList"));
        out.setLayout(new GridLayout(2, false));
        button(out, t.get("importExport.exportXlsx"), () -> chooseExport(ListSheetService.Format.XLSX));
        button(out, t.get("importExport.exportCsv"), () -> chooseExport(ListSheetService.Format.CSV));
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public Control control() {
        return root;
    }

    public void selectUnit(long unitId) {
        unit.select(unitId);
    }

    public void setFile(Path path) {
        file.setText(path.toString());
    }

    public Label summary() {
        return summary;
    }

    public DataTable<RowError> errors() {
        return errors;
    }

    public ImportReport lastReport() {
        return lastReport;
    }

    public Button importButton() {
        return importButton;
    }

    public Button dryRunButton() {
        return dryRun;
    }

    private void chooseFile() {
        FileDialog d = new FileDialog(site.shell(), SWT.OPEN);
        d.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.*" });
        String chosen = d.open();
        if (chosen != null) {
            file.setText(chosen);
            runImport(true);
        }
    }

    /** XLSX or CSV, by the file's ending. */
    static ListSheetService.Format formatOf(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ListSheetService.Format.CSV
                : ListSheetService.Format.XLSX;
    }

    /** The import as background work: read and check the whole file, then (unless a dry run) store it. */
    public ImportJob job(boolean dry) {
        OrgUnit u = unit.selected();
        String name = file.getText().strip();
        if (u == null) {
            throw new ValidationException("unitId", MattersTexts.MESSAGES.text("error.chooseUnit"));
        }
        if (name.isEmpty()) {
            throw new ValidationException("file", MattersTexts.MESSAGES.text("error.chooseFileImport"));
        }
        return new ImportJob(listSheets, site, u.id(), Path.of(name), dry);
    }

    /** Runs the dry run or the import in the background and shows its report. */
    public void runImport(boolean dry) {
        ImportJob job;
        try {
            job = job(dry);
        } catch (ValidationException e) {
            site.showError(e);
            return;
        }
        site.run(dry ? t.get("importExport.checkingMattersList") : t.get("importExport.importingMattersList"), job,
                this::show);
    }

    private void show(ImportReport r) {
        if (root.isDisposed()) {
            return;
        }
        lastReport = r;
        errors.setRows(r.errors());
        if (!r.ok()) {
            summary.setText(t.get("importExport.fileErrors", r.errors().size(), r.rowsRead()));
        } else if (r.dryRun()) {
            summary.setText(t.get("importExport.checkPassed", r.rowsRead(), r.created(), r.updated()));
        } else {
            summary.setText(t.get("importExport.imported", r.rowsRead(), r.created(), r.updated()));
            site.status(summary.getText());
        }
        summary.getParent().layout(true, true);
    }

    private void chooseExport(ListSheetService.Format format) {
        OrgUnit u = unit.selected();
        if (u == null) {
            return;
        }
        FileDialog d = new FileDialog(site.shell(), SWT.SAVE);
        String ext = format == ListSheetService.Format.CSV ? "csv" : "xlsx";
        d.setFilterExtensions(new String[] { "*." + ext });
        d.setFileName("事项清单-" + u.code() + "." + ext);
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen != null) {
            export(Path.of(chosen), format);
        }
    }

    /** Exports the unit's list through the module's exporter, in the background. */
    public void export(Path target, ListSheetService.Format format) {
        OrgUnit u = unit.selected();
        if (u == null) {
            return;
        }
        site.run(t.get("importExport.exportingMattersList"), monitor -> {
            monitor.beginTask(t.get("importExport.exportingMattersList"), 2);
            Table table = listSheets.exportList(site.session().actor(), u.id());
            monitor.worked(1);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (format == ListSheetService.Format.CSV) {
                Files.writeString(target, Csv.write(table), StandardCharsets.UTF_8);
            } else {
                try (OutputStream out = Files.newOutputStream(target)) {
                    sheets.write(out, List.of(table));
                }
            }
            monitor.done();
            return table.rows().size();
        }, rows -> site.status(t.get("importExport.exported", rows, target)));
    }

    /** The import's background work, with its steps on the monitor and a last chance to cancel before storing. */
    public static final class ImportJob implements org.xingfeng.platform.ui.BackgroundWork<ImportReport> {

        private final ListSheetService listSheets;
        private final ViewSite site;
        private final long unitId;
        private final Path path;
        private final boolean dry;
        private final Texts t;

        ImportJob(ListSheetService listSheets, ViewSite site, long unitId, Path path, boolean dry) {
            this.listSheets = listSheets;
            this.site = site;
            this.unitId = unitId;
            this.path = path;
            this.dry = dry;
            this.t = Texts.of(site, ImportExportView.class);
        }

        @Override
        public ImportReport run(IProgressMonitor monitor) throws Exception {
            ListSheetService.Format format = formatOf(path);
            monitor.beginTask(
                    dry ? t.get("importExport.checkingMattersList") : t.get("importExport.importingMattersList"),
                    dry ? 2 : 3);
            monitor.subTask(t.get("importExport.reading", path.getFileName()));
            byte[] bytes = Files.readAllBytes(path);
            monitor.worked(1);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.subTask(t.get("importExport.checkingEveryRow"));
            ImportReport check;
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                check = listSheets.importList(site.session().actor(), unitId, in, format, true);
            }
            monitor.worked(1);
            if (dry || !check.ok()) {
                monitor.done();
                return check;
            }
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.subTask(t.get("importExport.storing", check.created() + check.updated()));
            ImportReport stored;
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                stored = listSheets.importList(site.session().actor(), unitId, in, format, false);
            }
            monitor.worked(1);
            monitor.done();
            return stored;
        }
    }
}
