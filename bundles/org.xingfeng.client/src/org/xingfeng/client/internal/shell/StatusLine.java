package org.xingfeng.client.internal.shell;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.xingfeng.platform.ui.ClientSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The status line at the bottom of the window (a tool control in the bottom trim): who is logged in, their unit,
 * the database the client works on, the last message, and the running task with its progress and a cancel button.
 */
public class StatusLine {

    /** Widget data keys, so tests and screen readers can find the parts. */
    public static final String KEY = "xingfeng.status";

    private MApplication application;
    private Display display;
    private Label user;
    private Label unit;
    private Label connection;
    private Label message;
    private Label task;
    private ProgressBar bar;
    private Button cancel;
    private Job current;

    @PostConstruct
    public void create(Composite parent, MApplication application) {
        this.application = application;
        this.display = parent.getDisplay();
        ClientTexts m = application.getContext().get(ClientTexts.class);
        ClientSession session = application.getContext().get(ClientSession.class);
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(7, false);
        layout.marginHeight = 2;
        layout.horizontalSpacing = 12;
        line.setLayout(layout);
        user = label(line, "user", m.get("status.user", session.displayName()));
        unit = label(line, "unit",
                m.get("status.unit", session.unitName().isEmpty() ? m.get("status.noUnit") : session.unitName()));
        connection = label(line, "connection", m.get("status.connection", session.connection()));
        message = label(line, "message", "");
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        task = label(line, "task", "");
        bar = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setData(KEY, "progress");
        GridData barData = new GridData(160, SWT.DEFAULT);
        bar.setLayoutData(barData);
        cancel = new Button(line, SWT.PUSH);
        cancel.setText(m.get("task.cancel"));
        cancel.setData(KEY, "cancel");
        cancel.addListener(SWT.Selection, e -> cancelCurrent());
        idle();
        application.getContext().set(StatusLine.class, this);
    }

    @PreDestroy
    public void dispose() {
        if (application.getContext().get(StatusLine.class) == this) {
            application.getContext().remove(StatusLine.class);
        }
    }

    private static Label label(Composite parent, String key, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        l.setData(KEY, key);
        return l;
    }

    /** Shows a message; may be called from any thread. */
    public void message(String text) {
        ui(() -> {
            message.setText(text == null ? "" : text);
            message.getParent().layout(true);
        });
    }

    private void idle() {
        task.setText("");
        bar.setVisible(false);
        cancel.setVisible(false);
        bar.getParent().layout(true);
    }

    private synchronized void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Shows a running job (the latest one, if several run); its monitor forwards progress here. */
    Progress begin(String taskName, Job job) {
        synchronized (this) {
            current = job;
        }
        ui(() -> {
            task.setText(taskName);
            bar.setSelection(0);
            bar.setMaximum(100);
            bar.setVisible(true);
            cancel.setVisible(true);
            cancel.setEnabled(true);
            bar.getParent().layout(true);
        });
        return new Progress(job);
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!bar.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    /** One job's progress in the status line. */
    final class Progress {

        private final Job job;
        private volatile int total = IProgressMonitor.UNKNOWN;
        private volatile double worked;

        Progress(Job job) {
            this.job = job;
        }

        IProgressMonitor monitor(IProgressMonitor jobMonitor) {
            return new ProgressMonitorWrapper(jobMonitor) {
                @Override
                public void beginTask(String name, int totalWork) {
                    super.beginTask(name, totalWork);
                    total = totalWork;
                    worked = 0;
                    show();
                }

                @Override
                public void worked(int work) {
                    internalWorked(work);
                }

                @Override
                public void internalWorked(double work) {
                    super.internalWorked(work);
                    worked += work;
                    show();
                }

                @Override
                public void subTask(String name) {
                    super.subTask(name);
                    ui(() -> task.setText(job.getName() + " - " + name));
                }
            };
        }

        private void show() {
            int t = total;
            int percent = t <= 0 ? -1 : (int) Math.min(100, worked * 100 / t);
            ui(() -> {
                if (current == job && percent >= 0) {
                    bar.setSelection(percent);
                }
            });
        }

        void finished() {
            synchronized (StatusLine.this) {
                if (current != job) {
                    return;
                }
                current = null;
            }
            ui(() -> {
                if (current == null) {
                    idle();
                }
            });
        }
    }
}
