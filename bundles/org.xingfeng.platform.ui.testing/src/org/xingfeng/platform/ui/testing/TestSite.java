package org.xingfeng.platform.ui.testing;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.BackgroundWork;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.ViewSite;

/**
 * A view site for tests: background work runs at once on the calling thread; errors and exports are kept. As in the
 * client, work whose monitor was cancelled gives no result; a test cancels through {@link #cancelNext} or
 * {@link #running}.
 */
public final class TestSite implements ViewSite {

    public final List<Throwable> errors = new ArrayList<>();
    public final List<String> statuses = new ArrayList<>();
    public final List<String> tasks = new ArrayList<>();
    private final ClientSession session;
    private final Locale locale;
    private final Shell shell;
    private final SpreadsheetService sheets;
    private final BureauTime time;
    private final Path exportDir;
    public Path lastExport;
    /** The next background work starts with its cancel already pressed. */
    public boolean cancelNext;
    /** The monitor of the background work running now (null between runs), for a cancel pressed while it runs. */
    public volatile IProgressMonitor running;

    public TestSite(ClientSession session, Locale locale, Shell shell, SpreadsheetService sheets, BureauTime time,
            Path exportDir) {
        this.session = session;
        this.time = time;
        this.locale = locale;
        this.shell = shell;
        this.sheets = sheets;
        this.exportDir = exportDir;
    }

    @Override
    public ClientSession session() {
        return session;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public BureauTime time() {
        return time;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }

    @Override
    public <T> void run(String taskName, BackgroundWork<T> work, Consumer<T> done) {
        tasks.add(taskName);
        IProgressMonitor monitor = new NullProgressMonitor();
        if (cancelNext) {
            cancelNext = false;
            monitor.setCanceled(true);
        }
        running = monitor;
        T result;
        try {
            result = work.run(monitor);
        } catch (OperationCanceledException e) {
            return;
        } catch (Exception e) {
            errors.add(e);
            return;
        } finally {
            running = null;
        }
        if (!monitor.isCanceled()) {
            done.accept(result);
        }
    }

    @Override
    public void exportXlsx(Table table) {
        try {
            Files.createDirectories(exportDir);
            Path file = exportDir.resolve(System.nanoTime() + "-" + table.fileName());
            try (OutputStream out = Files.newOutputStream(file)) {
                sheets.write(out, List.of(table));
            }
            lastExport = file;
        } catch (Exception e) {
            errors.add(e);
        }
    }

    @Override
    public void showError(Throwable error) {
        errors.add(error);
    }
}
