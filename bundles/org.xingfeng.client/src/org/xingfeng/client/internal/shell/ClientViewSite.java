package org.xingfeng.client.internal.shell;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.BackgroundWork;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.ViewSite;

/**
 * What a contributed view, tile or menu entry gets from the client. Long work runs as a job with its progress
 * and a cancel button in the status line; results and errors come back on the UI thread. A site that belongs to a
 * view or tile drops the results and errors of work that ends after the view or tile closed (e.g. because its
 * module was removed meanwhile): nobody is there to see them.
 */
public final class ClientViewSite implements ViewSite {

    private final IEclipseContext context;
    private final Shell shell;
    private final Display display;
    private final Control owner;

    public ClientViewSite(IEclipseContext appContext, Shell shell) {
        this(appContext, shell, null);
    }

    /** A site for the view or tile shown in {@code owner}. */
    public ClientViewSite(IEclipseContext appContext, Control owner) {
        this(appContext, owner.getShell(), owner);
    }

    private ClientViewSite(IEclipseContext appContext, Shell shell, Control owner) {
        this.context = appContext;
        this.shell = shell;
        this.display = shell.getDisplay();
        this.owner = owner;
    }

    private ClientTexts messages() {
        return context.get(ClientTexts.class);
    }

    @Override
    public ClientSession session() {
        return context.get(ClientSession.class);
    }

    @Override
    public Locale locale() {
        return messages().locale();
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public BureauTime time() {
        BureauTime time = context.get(BureauTime.class);
        // connected to the county's server the client runs no platform core, whose component is the bureau's time:
        // the PC's own zone and clock then (a county's PCs run in the bureau's zone)
        return time != null ? time : BureauTime.of(Clock.systemDefaultZone());
    }

    @Override
    public void status(String message) {
        StatusLine line = context.get(StatusLine.class);
        if (line != null) {
            line.message(message);
        }
    }

    @Override
    public <T> void run(String taskName, BackgroundWork<T> work, Consumer<T> done) {
        StatusLine line = context.get(StatusLine.class);
        Job job = new Job(taskName) {
            @Override
            protected IStatus run(IProgressMonitor jobMonitor) {
                StatusLine.Progress progress = line == null ? null : line.begin(taskName, this);
                IProgressMonitor monitor = progress == null ? jobMonitor : progress.monitor(jobMonitor);
                try {
                    T result = work.run(monitor);
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    ui(() -> {
                        if (done != null) {
                            done.accept(result);
                        }
                    });
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    ui(() -> status(messages().get("task.cancelled", taskName)));
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError e) {
                    ui(() -> showError(e));
                    return Status.OK_STATUS; // shown to the user already
                } finally {
                    if (progress != null) {
                        progress.finished();
                    }
                }
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed() && (owner == null || !owner.isDisposed())) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void exportXlsx(Table table) {
        ClientTexts m = messages();
        XlsxFileChooser chooser = context.get(XlsxFileChooser.class);
        Path file = (chooser == null ? XlsxFileChooser.DIALOG : chooser).choose(shell, table.fileName(), m);
        if (file == null) {
            return;
        }
        SpreadsheetService spreadsheets = context.get(SpreadsheetService.class);
        run(m.get("export.task", file.getFileName()), monitor -> {
            monitor.beginTask(m.get("export.task", file.getFileName()), IProgressMonitor.UNKNOWN);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, ".export-", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    spreadsheets.write(out, List.of(table));
                }
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        }, written -> status(m.get("export.done", table.rows().size(), written)));
    }

    @Override
    public void showError(Throwable error) {
        Relogin relogin = context.get(Relogin.class);
        if (relogin != null && Relogin.sessionLost(error)) {
            // the server forgot the session (it restarted): log in again, then the user repeats the action
            relogin.ask(shell, context);
            return;
        }
        MessageDialog.openError(shell, messages().get("error.title"), errorText(error, messages()));
    }

    /** A service's own message in the client's language; anything unexpected with a general sentence before it. */
    static String errorText(Throwable error, ClientTexts messages) {
        Throwable e = error;
        while (!(e instanceof XingfengException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof XingfengException x) {
            String message = messages.error(x);
            StringBuilder sb = new StringBuilder(message);
            int shown = 0;
            for (FieldError d : x.details()) {
                String detail = d.message(messages.locale());
                if (!detail.equals(message) && shown++ < 20) {
                    sb.append('\n').append(d.row() <= 0 ? "" : messages.get("error.row", d.row())).append(detail);
                }
            }
            return sb.toString();
        }
        return messages.get("error.unexpected",
                String.valueOf(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
    }
}
