package org.xingfeng.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.client.internal.shell.LoginDialog;
import org.xingfeng.client.internal.shell.LoginServices;
import org.xingfeng.client.internal.shell.ClientTexts;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.ui.ClientSession;

/**
 * The client's life cycle: the login dialog comes before the window. After a good login the session and the
 * chosen language go into the application context (the add-on, parts and status line read them, and the e4
 * translation service shows the model's labels in that language); a cancelled login leaves no window to show, so
 * the client ends.
 *
 * Two settings are for the start-up bench only: {@code xingfeng.client.timing=true} prints a line when the login
 * dialog and the main window are shown, and {@code xingfeng.client.autoLoginFile=<file>} (a file holding
 * "user password") fills in the login dialog and presses its button, as a person would. With that login,
 * {@code xingfeng.client.selfCheckFile} also asks for the {@link SelfCheck} of an installation.
 */
public class ClientLifeCycle {

    private static final long SERVICE_WAIT_MS = 120_000;

    private boolean loggedIn;
    /** Open once the platform and the modules have started (their first-start work, e.g. the first administrator, done). */
    private final CountDownLatch started = new CountDownLatch(1);

    @PostContextCreate
    public void login(IEclipseContext context) {
        startServicesInBackground();
        ClientTexts messages = new ClientTexts(ClientTexts.configuredLocale());
        context.set(ClientTexts.class, messages);
        Display display = Display.getDefault();
        // the dialog shows at once; the platform services (database, schema) finish starting meanwhile
        LoginDialog dialog = new LoginDialog(null, this::waitForServices, messages);
        display.asyncExec(() -> {
            mark("login dialog shown");
            String file = System.getProperty("xingfeng.client.autoLoginFile");
            if (file != null && !file.isBlank() && dialog.getShell() != null) {
                String[] credentials = readCredentials(Path.of(file));
                dialog.submit(credentials[0], credentials[1]);
            }
        });
        if (dialog.open() != Window.OK) {
            return;
        }
        ClientSession session = dialog.session();
        context.set(ClientTexts.class, dialog.messages());
        context.set(ClientSession.class, session);
        // the model's %key labels (OSGI-INF/l10n/bundle*.properties) are translated into the chosen language
        context.set(TranslationService.LOCALE, dialog.messages().locale());
        loggedIn = true;
    }

    @ProcessAdditions
    public void timing(IEventBroker events, IEclipseContext context) {
        if (!loggedIn) {
            return;
        }
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
                e -> Display.getDefault().asyncExec(() -> {
                    mark("main window shown");
                    SelfCheck.startIfAsked(context, Display.getDefault());
                }));
    }

    @ProcessRemovals
    public void withoutLogin(MApplication application) {
        if (!loggedIn) {
            for (MWindow w : application.getChildren()) {
                w.setToBeRendered(false);
                w.setVisible(false);
            }
        }
    }

    private static void mark(String what) {
        if (Boolean.getBoolean("xingfeng.client.timing")) {
            System.out.println("[xingfeng-client] " + what + " at " + System.currentTimeMillis());
        }
    }

    private static String[] readCredentials(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+", 2);
            return parts.length == 2 ? parts : new String[] {parts[0], ""};
        } catch (IOException e) {
            return new String[] {"", ""};
        }
    }

    /**
     * The client product starts the framework to the level of the window only; the platform and the modules (which
     * open the database and check its schema) start at the level {@code xingfeng.client.startLevel}, which is reached
     * here in the background (the framework changes start levels on a thread of its own).
     */
    private void startServicesInBackground() {
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        String wanted = bc.getProperty("xingfeng.client.startLevel");
        FrameworkStartLevel levels = bc.getBundle(0).adapt(FrameworkStartLevel.class);
        if (wanted == null || wanted.isBlank() || levels.getStartLevel() >= Integer.parseInt(wanted.trim())) {
            started.countDown();
            return;
        }
        levels.setStartLevel(Integer.parseInt(wanted.trim()), event -> started.countDown());
    }

    private LoginServices waitForServices() {
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        long until = System.nanoTime() / 1_000_000 + SERVICE_WAIT_MS;
        try {
            if (!started.await(SERVICE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("start level");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new LoginServices(await(bc, AuthService.class, until), await(bc, OrgService.class, until),
                await(bc, PersistenceService.class, until));
    }

    private static <S> S await(BundleContext bc, Class<S> type, long until) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bc, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(Math.max(1, until - System.nanoTime() / 1_000_000));
            if (service == null) {
                throw new IllegalStateException(type.getSimpleName());
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(type.getSimpleName(), e);
        }
        // the tracker stays open: the services are used for the whole session
    }
}
