package org.xingfeng.client.connected.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.xingfeng.platform.ui.testing.SwtDriver.findData;
import static org.xingfeng.platform.ui.testing.SwtDriver.labels;
import static org.xingfeng.platform.ui.testing.SwtDriver.tableShows;
import static org.xingfeng.platform.ui.testing.SwtDriver.text;
import static org.xingfeng.platform.ui.testing.SwtDriver.treeShows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.client.internal.shell.ChangePasswordDialog;
import org.xingfeng.client.internal.shell.LoginDialog;
import org.xingfeng.client.internal.shell.NavigatorPart;
import org.xingfeng.client.internal.shell.StatusLine;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.testing.SwtDriver;
import org.xingfeng.platform.ui.testing.WorkbenchDriver;

/**
 * The client connected to its county's server, as a person meets it. What is real: the server (the platform and the
 * matters module on embedded Derby, Jetty and the REST whiteboard, the remote dispatch) answers on a real port over
 * HTTP, and the client is the real E4Application with the client product's settings, its login dialog, views and the
 * remote bundle, which calls that port with the user's token. What is shared: server and client run in one framework
 * (as the remote tests do), so the server's own services are in the same registry; the client's proxies are ranked
 * above them, the login dialog takes only the proxies of the server it was given, a county user's views show only
 * what the server lets that user see, and a module the server removes is seen by the client through the server's
 * {@code /health}, not through the registry. A client alone on its PC starts no core bundle at all (see the client
 * product); here the server's core bundles are the ones that run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectedClientIT {

    private static final String INITIAL = "Erstes-2026!x";
    private static final String CHOSEN = "Wang-2026-ok";
    private static final long WAIT_MS = 60_000;
    private static final String POLL_SECONDS = "5";
    private static final String LOCAL = "(!(xingfeng.remote=true))";
    private static final String REMOTE = "(xingfeng.remote=true)";
    private static final String TAG = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase();
    private static final String USER_A = "wangfang." + TAG.toLowerCase(Locale.ROOT);
    private static final String UNIT_A = "甲县医疗保障局" + TAG;
    private static final String UNIT_B = "乙县医疗保障局" + TAG;
    private static final String STAFF_B = "李乙" + TAG;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final String url = "http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port");
    private AuthService serverAuth;
    private OrgUnit unitB;
    private volatile Display display;
    private Thread uiThread;
    private final AtomicReference<Throwable> uiFailure = new AtomicReference<>();
    private final SwtDriver swt = new SwtDriver(() -> display, uiFailure, WAIT_MS);
    private final WorkbenchDriver workbench = new WorkbenchDriver(swt);

    @BeforeAll
    void serverAndClient() throws Exception {
        awaitServer();
        serverAuth = service(AuthService.class, LOCAL);
        UserService users = service(UserService.class, LOCAL);
        OrgService org = service(OrgService.class, LOCAL);
        OrgUnit unitA = org.createUnit(Actor.SYSTEM, new OrgUnitDraft(null, "CA" + TAG, UNIT_A, OrgLevel.COUNTY));
        unitB = org.createUnit(Actor.SYSTEM, new OrgUnitDraft(null, "CB" + TAG, UNIT_B, OrgLevel.COUNTY));
        Staff staffA = org.createStaff(Actor.SYSTEM, new StaffDraft("CA" + TAG + "01", "王芳", unitA.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        org.createStaff(Actor.SYSTEM, new StaffDraft("CB" + TAG + "01", STAFF_B, unitB.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        users.create(Actor.SYSTEM, new UserDraft(USER_A, "王芳", staffA.id(), null, Set.of("staff", "admin"), INITIAL));

        // an administrator's setting for the client, made before the first login: the login must keep it
        Hashtable<String, Object> preset = new Hashtable<>();
        preset.put("server.pollSeconds", POLL_SECONDS);
        remoteConfiguration().update(preset);

        IApplicationContext context = WorkbenchDriver.launcherContext("org.xingfeng.client.product",
                WorkbenchDriver.productProperties("org.xingfeng.client"), FrameworkUtil.getBundle(LoginDialog.class));
        uiThread = new Thread(() -> {
            try {
                display = Display.getDefault();
                new E4Application().start(context);
            } catch (Throwable t) {
                uiFailure.set(t);
                t.printStackTrace();
            }
        }, "client-ui");
        uiThread.start();
        swt.waitFor("the display", () -> display != null);
    }

    @AfterAll
    void closeClient() throws Exception {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                MApplication app = workbench.application();
                if (app != null) {
                    app.getContext().get(IWorkbench.class).close();
                }
            });
        }
        uiThread.join(30_000);
    }

    @Test
    @Order(1)
    void theLoginDialogTakesTheServersUrlAndLogsInThere() throws Exception {
        Shell login = swt.waitForShell(LoginDialog.KEY);
        assertEquals("", swt.ui(() -> text(login, LoginDialog.KEY, "server")), "no server configured: empty");
        swt.fill(login, LoginDialog.KEY, "user", USER_A);
        swt.fill(login, LoginDialog.KEY, "password", INITIAL);

        swt.fill(login, LoginDialog.KEY, "server", "10.1.2.3:8080");
        swt.press(login, LoginDialog.KEY, "ok");
        swt.waitFor("a refused address", () -> swt.ui(() -> text(login, LoginDialog.KEY, "error").contains("http://")));

        String nobody = "http://127.0.0.1:" + freePort();
        swt.fill(login, LoginDialog.KEY, "server", nobody);
        swt.fill(login, LoginDialog.KEY, "password", INITIAL);
        swt.press(login, LoginDialog.KEY, "ok");
        swt.waitFor("a server that does not answer", () -> swt.ui(() -> text(login, LoginDialog.KEY, "error")
                .startsWith("无法连接服务器 " + nobody)));
        assertFalse(swt.ui(login::isDisposed), "the login dialog stays open");

        swt.fill(login, LoginDialog.KEY, "server", url + "/");
        swt.fill(login, LoginDialog.KEY, "password", INITIAL);
        swt.press(login, LoginDialog.KEY, "ok");
        // a one-time password: the change goes to the server
        Shell change = swt.waitForShell(ChangePasswordDialog.KEY);
        swt.fill(change, ChangePasswordDialog.KEY, "new", CHOSEN);
        swt.fill(change, ChangePasswordDialog.KEY, "repeat", CHOSEN);
        swt.press(change, ChangePasswordDialog.KEY, "ok");
        swt.waitFor("the main window", () -> swt.ui(() -> workbench.application() != null
                && workbench.application().getContext().get(StatusLine.class) != null));
        assertNotNull(serverAuth.login(USER_A, CHOSEN).token(), "the password the client changed is the server's now");
        assertEquals("数据库：服务器 " + url, swt.ui(() -> text(workbench.mainShell(), StatusLine.KEY, "connection")));
        assertEquals(url, remoteConfiguration().getProperties().get("server.url"), "the server is remembered");
        assertEquals(POLL_SECONDS, remoteConfiguration().getProperties().get("server.pollSeconds"),
                "storing the server keeps the configuration's other settings");
    }

    @Test
    @Order(2)
    void theListsShowTheCountysDataOnlyThroughTheServer() throws Exception {
        swt.waitFor("the organisation view in the navigator",
                () -> swt.ui(() -> workbench.navigatorItem("platform.org") != null));
        workbench.openFromNavigator("platform.org");
        swt.waitFor("county A in the unit tree", () -> swt.ui(() -> treeShows(workbench.mainShell(), UNIT_A)));
        assertFalse(swt.ui(() -> treeShows(workbench.mainShell(), UNIT_B)), "county B is not in county A's tree");
        assertFalse(swt.ui(() -> labels(workbench.mainShell()).contains(STAFF_B)),
                "no staff member of county B is shown");
        // what the views call is the server: B's unit is not found for A there either
        OrgService remote = service(OrgService.class, REMOTE);
        Actor any = new Actor(0, "ignored", Set.of("admin"), org.xingfeng.platform.api.Reach.EVERYWHERE);
        try {
            assertTrue(remote.unit(any, unitB.id()).isEmpty(),
                    "the server answers for the logged-in user, not the argument");
        } catch (org.xingfeng.platform.api.NotFoundException expected) {
            // outside the user's reach: as if it were not there
        }
        assertTrue(swt.ui(() -> navigatorIds().contains("platform.users")));
        swt.screenshot(workbench::mainShell, "connected-client.png");
        // the audit log through the server (AuditReader over the remote dispatch): an administrator of county A reads
        // the entries of A's accounts (the password change just made) and nothing of B's (made by the system)
        swt.waitFor("the audit view in the navigator",
                () -> swt.ui(() -> workbench.navigatorItem("platform.audit") != null));
        workbench.openFromNavigator("platform.audit");
        swt.waitFor("county A's user in the audit log", () -> swt.ui(() -> tableShows(workbench.mainShell(), USER_A)));
        assertFalse(swt.ui(() -> tableShows(workbench.mainShell(), STAFF_B)), "nothing of county B in the audit log");
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(3)
    void aModulesViewsFollowTheServer() throws Exception {
        swt.waitFor("matters' views", () -> swt.ui(() -> navigatorModules().contains("matters")));
        Bundle core = bundle("org.xingfeng.matters.core");
        Bundle rest = bundle("org.xingfeng.matters.rest");
        Bundle ui = bundle("org.xingfeng.matters.ui");
        rest.stop();
        core.stop();
        swt.waitFor("the server without matters", () -> !serverModules().contains("matters"));
        swt.waitFor("matters' views to go", () -> swt.ui(() -> !navigatorModules().contains("matters")));
        assertEquals(Bundle.RESOLVED, ui.getState(), "the client's views bundle is stopped");

        core.start();
        rest.start();
        swt.waitFor("the server with matters again", () -> serverModules().contains("matters"));
        swt.waitFor("matters' views to come back", () -> swt.ui(() -> navigatorModules().contains("matters")));
        assertEquals(Bundle.ACTIVE, ui.getState() == Bundle.STARTING ? Bundle.ACTIVE : ui.getState());
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(4)
    void aServerThatGoesAwayIsSaidPlainlyAndTheClientGoesOnWhenItReturns() throws Exception {
        Bundle jetty = bundle("org.apache.felix.http.jetty12");
        jetty.stop();
        try {
            workbench.openFromNavigator("platform.users");
            // said in an error dialog when the view's first read fails after it is made, or in the view itself when
            // it fails while being made (which of the two depends on where the first call falls)
            String message = swt.waitFor("the failure said", () -> swt.ui(() -> {
                Shell error = Arrays.stream(display.getShells())
                        .filter(s -> !s.isDisposed() && s.isVisible() && "操作未完成".equals(s.getText())).findFirst()
                        .orElse(null);
                if (error != null) {
                    String said = labels(error);
                    error.close();
                    return said;
                }
                String shown = labels(workbench.mainShell());
                return shown.contains("无法连接服务器 " + url) ? shown : null;
            }));
            assertTrue(message.contains("无法连接服务器 " + url), message);
            assertTrue(message.contains("无需重启客户端"), message);
            assertFalse(message.contains("Exception"), "no stack trace: " + message);
            assertTrue(swt.ui(() -> workbench.mainShell().isVisible()), "the window still answers");
        } finally {
            jetty.start();
        }
        awaitServer();
        OrgService remote = service(OrgService.class, REMOTE);
        swt.waitFor("calls to work again", () -> {
            try {
                return !remote.units(Actor.SYSTEM).isEmpty();
            } catch (RuntimeException e) {
                return false;
            }
        });
        workbench.openFromNavigator("platform.calendar");
        swt.waitFor("the calendar view", () -> swt.ui(() -> workbench.renderedParts("platform.calendar") == 1));
        Thread.sleep(1_000);
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(5)
    void aServerThatForgotTheSessionAsksForThePasswordAgainAndTheWindowGoesOn() throws Exception {
        // the server ends the user's sessions (sessions outlive a restart now; an administrator's change of the
        // account's roles ends them at once): the client's next call is refused and it asks for the password again
        UserService users = service(UserService.class, LOCAL);
        UserAccount account = users.byUsername(Actor.SYSTEM, USER_A).orElseThrow();
        users.setRoles(Actor.SYSTEM, account.id(), account.roles());
        int before = swt.ui(() -> loginShells().size());

        OrgService remote = service(OrgService.class, REMOTE);
        try {
            remote.units(Actor.SYSTEM);
            throw new AssertionError("the server should have refused the forgotten token");
        } catch (org.xingfeng.platform.api.security.AuthenticationException expected) {
            // 401: the window is to ask for the password again
        }
        // the matters list reads the server when it opens: the login dialog comes instead of an error
        workbench.openFromNavigator("matters.list");
        Shell again = swt.waitFor("the login dialog again", () -> swt.ui(() -> loginShells().size() > before
                ? loginShells().get(loginShells().size() - 1)
                : null));
        assertEquals(url, swt.ui(() -> text(again, LoginDialog.KEY, "server")), "the server filled in");
        assertEquals(USER_A, swt.ui(() -> text(again, LoginDialog.KEY, "user")), "the user filled in");
        assertFalse(swt.ui(() -> ((Text) findData(again, LoginDialog.KEY, "user")).getEditable()), "the user is fixed");
        String prompt = swt.ui(() -> text(again, LoginDialog.KEY, "error"));
        swt.fill(again, LoginDialog.KEY, "password", "wrong-" + CHOSEN);
        swt.press(again, LoginDialog.KEY, "ok");
        AtomicReference<String> seen = new AtomicReference<>();
        try {
            swt.waitFor("a wrong password refused", () -> swt.ui(() -> {
                seen.set(again.isDisposed() ? "(dialog closed)"
                        : text(again, LoginDialog.KEY, "error") + " / password field: "
                                + text(again, LoginDialog.KEY, "password").length());
                return !again.isDisposed() && !prompt.equals(text(again, LoginDialog.KEY, "error"))
                        && text(again, LoginDialog.KEY, "password").isEmpty();
            }));
        } catch (AssertionError e) {
            throw new AssertionError("a wrong password, the dialog shows: " + seen.get() + "; shells: "
                    + swt.ui(() -> Arrays.stream(display.getShells()).filter(x -> !x.isDisposed() && x.isVisible())
                            .map(x -> x.getText() + ": " + labels(x)).toList()),
                    e);
        }
        swt.fill(again, LoginDialog.KEY, "password", CHOSEN);
        swt.press(again, LoginDialog.KEY, "ok");
        swt.waitFor("the dialog to close", () -> swt.ui(again::isDisposed));
        assertEquals("已重新登录，请再次执行刚才的操作", swt.ui(() -> text(workbench.mainShell(), StatusLine.KEY, "message")));
        assertFalse(remote.units(Actor.SYSTEM).isEmpty(), "the client's calls work with the new session");
        assertEquals(1, swt.ui(() -> workbench.renderedParts("matters.list")), "the view stays open");
        swt.waitFor("the matters list made again with the new session", () -> swt.ui(() -> {
            Object widget = workbench.parts("matters.list").get(0).getWidget();
            return widget instanceof org.eclipse.swt.widgets.Composite c && !labels(c).contains("无法打开");
        }));
        Thread.sleep(1_000);
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(6)
    void theClientsConfigurationHoldsNoDatabasePassword() throws Exception {
        Configuration remote = remoteConfiguration();
        List<String> keys = new ArrayList<>(Collections.list(remote.getProperties().keys()));
        keys.removeAll(List.of("service.pid", "service.bundleLocation"));
        Collections.sort(keys);
        assertEquals(List.of("server.pollSeconds", "server.url"), keys,
                "the client stores the server's URL and the settings it was given, nothing else");
        ConfigurationAdmin admin = service(ConfigurationAdmin.class, null);
        Configuration[] all = admin.listConfigurations(null);
        for (Configuration c : all == null ? new Configuration[0] : all) {
            if (SERVER_PIDS.contains(c.getPid())) {
                continue; // the server's own settings, copied from its start properties: it shares this framework
            }
            for (String key : Collections.list(c.getProperties().keys())) {
                assertFalse(key.toLowerCase(Locale.ROOT).contains("password"), c.getPid() + " holds " + key);
            }
        }
        assertEquals(null, System.getProperty("xingfeng.db.password"));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The configurations of the server sharing this framework that hold a password (the first administrator's). */
    private static final List<String> SERVER_PIDS = List.of("org.xingfeng.setup.administrator");

    private Configuration remoteConfiguration() throws Exception {
        return service(ConfigurationAdmin.class, null).getConfiguration("org.xingfeng.remote", "?");
    }

    private List<String> serverModules() {
        try {
            return service(ModuleRegistry.class, LOCAL).modules().stream().map(ModuleInfo::id).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Bundle bundle(String name) {
        return Arrays.stream(bc.getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitServer() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 400) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server at " + url + " did not come up");
    }

    private List<String> navigatorIds() {
        List<String> ids = new ArrayList<>();
        Tree tree = (Tree) findData(workbench.mainShell(), "xingfeng.navigator", Boolean.TRUE);
        for (TreeItem module : tree.getItems()) {
            for (TreeItem view : module.getItems()) {
                ids.add(String.valueOf(view.getData(NavigatorPart.VIEW_KEY)));
            }
        }
        return ids;
    }

    private List<String> navigatorModules() {
        Tree tree = (Tree) findData(workbench.mainShell(), "xingfeng.navigator", Boolean.TRUE);
        return Arrays.stream(tree.getItems()).map(i -> String.valueOf(i.getData("xingfeng.module"))).toList();
    }

    private List<Shell> loginShells() {
        return Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s.getData(LoginDialog.KEY) != null).toList();
    }

    private static <S> S service(Class<S> type, String filter) throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(ConnectedClientIT.class).getBundleContext();
        ServiceTracker<S, S> t;
        try {
            t = filter == null ? new ServiceTracker<>(bc, type, null)
                    : new ServiceTracker<>(bc,
                            bc.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        t.open();
        S s = t.waitForService(120_000);
        assertNotNull(s, type.getSimpleName());
        return s;
    }

}
