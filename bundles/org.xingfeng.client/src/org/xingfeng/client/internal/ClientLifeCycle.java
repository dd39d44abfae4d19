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
import org.xingfeng.client.internal.shell.Relogin;
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
 * "user password", or "http://server:port user password" to type a county server's URL too) fills in the login
 * dialog and presses its button, as a person would. With that login,
 * {@code xingfeng.client.selfCheckFile} also asks for the {@link SelfCheck} of an installation.
 */
public class ClientLifeCycle {

    private static final long SERVICE_WAIT_MS = 120_000;
    /** How long the remote bundle may take to register its proxies for a newly typed server. */
    private static final long CONNECT_WAIT_MS = 30_000;
    private static final String LOCAL = "(!(xingfeng.remote=true))";

    private boolean loggedIn;
    /** Open once the platform and the modules have started (their first-start work, e.g. the first administrator, done). */
    private final CountDownLatch started = new CountDownLatch(1);
    private boolean servicesStarting;

    @PostContextCreate
    public void login(IEclipseContext context) {
        String server = ServerSetting.initial(bundleContext());
        if (server.isEmpty() && (ServerSetting.aloneBefore(bundleContext()) || !CoreBundles.managed(bundleContext()))) {
            // working alone, as at the last login: the platform services (database, schema) start while the dialog is
            // shown. A first start waits for the user's choice: a PC about to connect must not make a database.
            startServicesInBackground();
        } else if (!server.isEmpty()) {
            CoreBundles.stop(bundleContext());
        }
        ClientTexts messages = new ClientTexts(ClientTexts.configuredLocale());
        context.set(ClientTexts.class, messages);
        Display display = Display.getDefault();
        LoginDialog dialog = new LoginDialog(null, this::servicesFor, messages, server);
        display.asyncExec(() -> {
            mark("login dialog shown");
            String file = System.getProperty("xingfeng.client.autoLoginFile");
            if (file != null && !file.isBlank() && dialog.getShell() != null) {
                String[] credentials = readCredentials(Path.of(file));
                dialog.submit(credentials[0], credentials[1], credentials[2]);
            }
        });
        if (dialog.open() != Window.OK) {
            return;
        }
        mark("logged in");
        ClientSession session = dialog.session();
        context.set(ClientTexts.class, dialog.messages());
        context.set(ClientSession.class, session);
        if (!dialog.server().isEmpty()) {
            context.set(Relogin.class, new Relogin(dialog.services(), ServerSetting.normalise(dialog.server()),
                    session.actor().username()));
        }
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

    /** "user password", or "http://server user password": the server (null: as the dialog shows it), user, password. */
    private static String[] readCredentials(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            String server = null;
            if (text.matches("(?is)https?://\\S+\\s.*")) {
                String[] first = text.split("\\s+", 2);
                server = first[0];
                text = first[1];
            }
            String[] parts = text.split("\\s+", 2);
            return new String[] { server, parts[0], parts.length == 2 ? parts[1] : "" };
        } catch (IOException e) {
            return new String[] { null, "", "" };
        }
    }

    /**
     * The client product starts the framework to the level of the window only; the platform and the modules (which
     * open the database and check its schema) start at the level {@code xingfeng.client.startLevel}, which is reached
     * here in the background (the framework changes start levels on a thread of its own). A client connected to its
     * county's server never reaches that level, so the platform's core (level 6) stays stopped, and it stops the
     * modules' core and REST bundles ({@link CoreBundles}): no database is opened and no database setting is read.
     */
    private synchronized void startServicesInBackground() {
        if (servicesStarting) {
            return;
        }
        servicesStarting = true;
        BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
        String wanted = bc.getProperty("xingfeng.client.startLevel");
        FrameworkStartLevel levels = bc.getBundle(0).adapt(FrameworkStartLevel.class);
        if (wanted == null || wanted.isBlank() || levels.getStartLevel() >= Integer.parseInt(wanted.trim())) {
            started.countDown();
            return;
        }
        levels.setStartLevel(Integer.parseInt(wanted.trim()), event -> {
            mark("services started");
            started.countDown();
        });
    }

    private static BundleContext bundleContext() {
        return FrameworkUtil.getBundle(ClientLifeCycle.class).getBundleContext();
    }

    /**
     * The login services for the server the user typed: with a URL the server's (the remote proxies, once the URL is
     * stored for the remote bundle), and the client's own platform is not started, so it opens no database; without
     * one the client's own services, started now if they were not yet.
     */
    private LoginServices servicesFor(String server) {
        BundleContext bc = bundleContext();
        ServerSetting.store(bc, server);
        if (server.isEmpty()) {
            startServicesInBackground();
            CoreBundles.startAgain(bc);
            return waitForServices();
        }
        CoreBundles.stop(bc);
        String url = ServerSetting.normalise(server);
        long until = System.nanoTime() / 1_000_000 + CONNECT_WAIT_MS;
        String remote = "(&(xingfeng.remote=true)(xingfeng.server.url=" + ServerSetting.escape(url) + "))";
        return new LoginServices(await(bc, AuthService.class, remote, until),
                await(bc, OrgService.class, remote, until),
                null, url);
    }

    private LoginServices waitForServices() {
        BundleContext bc = bundleContext();
        long until = System.nanoTime() / 1_000_000 + SERVICE_WAIT_MS;
        try {
            if (!started.await(SERVICE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("start level");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new LoginServices(await(bc, AuthService.class, LOCAL, until), await(bc, OrgService.class, LOCAL, until),
                await(bc, PersistenceService.class, null, until));
    }

    private static <S> S await(BundleContext bc, Class<S> type, String filter, long until) {
        ServiceTracker<S, S> tracker;
        try {
            tracker = filter == null ? new ServiceTracker<>(bc, type, null)
                    : new ServiceTracker<>(bc,
                            bc.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(filter, e);
        }
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
