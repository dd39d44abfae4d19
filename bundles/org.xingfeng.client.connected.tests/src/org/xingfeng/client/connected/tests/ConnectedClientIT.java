package org.xingfeng.client.connected.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
import org.xingfeng.client.internal.shell.ViewParts;
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
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;

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

        Map<String, String> product = productProperties();
        IApplicationContext context = new TestApplicationContext(product);
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
        waitFor("the display", () -> display != null);
    }

    @AfterAll
    void closeClient() throws Exception {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> {
                MApplication app = application();
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
        Shell login = waitForShell(LoginDialog.KEY);
        assertEquals("", ui(() -> text(login, LoginDialog.KEY, "server")), "no server configured: empty");
        fill(login, LoginDialog.KEY, "user", USER_A);
        fill(login, LoginDialog.KEY, "password", INITIAL);

        fill(login, LoginDialog.KEY, "server", "10.1.2.3:8080");
        press(login, LoginDialog.KEY, "ok");
        waitFor("a refused address", () -> ui(() -> text(login, LoginDialog.KEY, "error").contains("http://")));

        String nobody = "http://127.0.0.1:" + freePort();
        fill(login, LoginDialog.KEY, "server", nobody);
        fill(login, LoginDialog.KEY, "password", INITIAL);
        press(login, LoginDialog.KEY, "ok");
        waitFor("a server that does not answer", () -> ui(() -> text(login, LoginDialog.KEY, "error")
                .startsWith("无法连接服务器 " + nobody)));
        assertFalse(ui(login::isDisposed), "the login dialog stays open");

        fill(login, LoginDialog.KEY, "server", url + "/");
        fill(login, LoginDialog.KEY, "password", INITIAL);
        press(login, LoginDialog.KEY, "ok");
        // a one-time password: the change goes to the server
        Shell change = waitForShell(ChangePasswordDialog.KEY);
        fill(change, ChangePasswordDialog.KEY, "new", CHOSEN);
        fill(change, ChangePasswordDialog.KEY, "repeat", CHOSEN);
        press(change, ChangePasswordDialog.KEY, "ok");
        waitFor("the main window", () -> ui(() -> application() != null
                && application().getContext().get(StatusLine.class) != null));
        assertNotNull(serverAuth.login(USER_A, CHOSEN).token(), "the password the client changed is the server's now");
        assertEquals("数据库：服务器 " + url, ui(() -> text(mainShell(), StatusLine.KEY, "connection")));
        assertEquals(url, remoteConfiguration().getProperties().get("server.url"), "the server is remembered");
    }

    @Test
    @Order(2)
    void theListsShowTheCountysDataOnlyThroughTheServer() throws Exception {
        waitFor("the organisation view in the navigator", () -> ui(() -> navigatorItem("platform.org") != null));
        openFromNavigator("platform.org");
        waitFor("county A in the unit tree", () -> ui(() -> treeShows(mainShell(), UNIT_A)));
        assertFalse(ui(() -> treeShows(mainShell(), UNIT_B)), "county B is not in county A's tree");
        assertFalse(ui(() -> labels(mainShell()).contains(STAFF_B)), "no staff member of county B is shown");
        // what the views call is the server: B's unit is not found for A there either
        OrgService remote = service(OrgService.class, REMOTE);
        Actor any = new Actor(0, "ignored", Set.of("admin"), org.xingfeng.platform.api.Reach.EVERYWHERE);
        try {
            assertTrue(remote.unit(any, unitB.id()).isEmpty(),
                    "the server answers for the logged-in user, not the argument");
        } catch (org.xingfeng.platform.api.NotFoundException expected) {
            // outside the user's reach: as if it were not there
        }
        assertTrue(ui(() -> navigatorIds().contains("platform.users")));
        screenshot("connected-client.png");
        assertOnlyMainWindow();
    }

    @Test
    @Order(3)
    void aModulesViewsFollowTheServer() throws Exception {
        waitFor("matters' views", () -> ui(() -> navigatorModules().contains("matters")));
        Bundle core = bundle("org.xingfeng.matters.core");
        Bundle rest = bundle("org.xingfeng.matters.rest");
        Bundle ui = bundle("org.xingfeng.matters.ui");
        rest.stop();
        core.stop();
        waitFor("the server without matters", () -> !serverModules().contains("matters"));
        waitFor("matters' views to go", () -> ui(() -> !navigatorModules().contains("matters")));
        assertEquals(Bundle.RESOLVED, ui.getState(), "the client's views bundle is stopped");

        core.start();
        rest.start();
        waitFor("the server with matters again", () -> serverModules().contains("matters"));
        waitFor("matters' views to come back", () -> ui(() -> navigatorModules().contains("matters")));
        assertEquals(Bundle.ACTIVE, ui.getState() == Bundle.STARTING ? Bundle.ACTIVE : ui.getState());
        assertOnlyMainWindow();
    }

    @Test
    @Order(4)
    // Known defect, open in issue 14: in this one framework the server's own components rebind to the client's
    // remote proxies (ranked above the local services) once they restart, so the server calls itself and the
    // client meets the server's relayed answer (in the proxy's language) instead of its own "cannot reach". The
    // remote client's side of a server going away is tested in RemoteClientIT (Jetty stopped, both languages).
    @org.junit.jupiter.api.Disabled("server and client share one framework: the server binds the client's proxies (issue 14)")
    void aServerThatGoesAwayIsSaidPlainlyAndTheClientGoesOnWhenItReturns() throws Exception {
        Bundle jetty = bundle("org.apache.felix.http.jetty12");
        jetty.stop();
        try {
            openFromNavigator("platform.users");
            Shell error = waitFor("the error dialog", () -> ui(() -> Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && "操作未完成".equals(s.getText())).findFirst()
                    .orElse(null)));
            String message = ui(() -> labels(error));
            assertTrue(message.contains("无法连接服务器 " + url), message);
            assertTrue(message.contains("无需重启客户端"), message);
            assertFalse(message.contains("Exception"), "no stack trace: " + message);
            assertTrue(ui(() -> mainShell().isVisible()), "the window still answers");
            ui(() -> {
                error.close();
                return null;
            });
        } finally {
            jetty.start();
        }
        awaitServer();
        OrgService remote = service(OrgService.class, REMOTE);
        waitFor("calls to work again", () -> {
            try {
                return !remote.units(Actor.SYSTEM).isEmpty();
            } catch (RuntimeException e) {
                return false;
            }
        });
        openFromNavigator("platform.calendar");
        waitFor("the calendar view", () -> ui(() -> renderedParts("platform.calendar") == 1));
        Thread.sleep(1_000);
        assertOnlyMainWindow();
    }

    @Test
    @Order(5)
    void theClientsConfigurationHoldsNoDatabasePassword() throws Exception {
        Configuration remote = remoteConfiguration();
        List<String> keys = Collections.list(remote.getProperties().keys());
        keys.removeAll(List.of("service.pid", "service.bundleLocation"));
        assertEquals(List.of("server.url"), keys, "the client stores the server's URL and nothing else");
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
        Tree tree = (Tree) findData(mainShell(), "xingfeng.navigator", Boolean.TRUE);
        for (TreeItem module : tree.getItems()) {
            for (TreeItem view : module.getItems()) {
                ids.add(String.valueOf(view.getData(NavigatorPart.VIEW_KEY)));
            }
        }
        return ids;
    }

    private List<String> navigatorModules() {
        Tree tree = (Tree) findData(mainShell(), "xingfeng.navigator", Boolean.TRUE);
        return Arrays.stream(tree.getItems()).map(i -> String.valueOf(i.getData("xingfeng.module"))).toList();
    }

    private static boolean treeShows(Control c, String text) {
        if (c instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                if (contains(item, text)) {
                    return true;
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                if (treeShows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(TreeItem item, String text) {
        if (item.getText().contains(text)) {
            return true;
        }
        for (TreeItem child : item.getItems()) {
            if (contains(child, text)) {
                return true;
            }
        }
        return false;
    }

    private static void assertNull(Object o) {
        assertEquals(null, o);
    }

    private static void assertNull(Object o, String message) {
        assertEquals(null, o, message);
    }

    private void assertOnlyMainWindow() {
        List<String> others = ui(() -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s != mainShell()).map(Shell::getText).toList());
        if (!others.isEmpty()) {
            List<String> texts = ui(() -> Arrays.stream(display.getShells())
                    .filter(s -> !s.isDisposed() && s.isVisible() && s != mainShell())
                    .map(s -> s.getText() + ": " + labels(s)).toList());
            assertEquals(List.of(), texts, "no dialog (no error) is open");
        }
    }

    /** The texts of a shell's labels, for a failure message. */
    private static String labels(Composite root) {
        StringBuilder sb = new StringBuilder();
        for (Control c : root.getChildren()) {
            if (c instanceof Label l && !l.getText().isBlank()) {
                sb.append(l.getText()).append(" | ");
            }
            if (c instanceof Composite comp) {
                sb.append(labels(comp));
            }
        }
        return sb.toString();
    }

    private MApplication application() {
        IEclipseContext services = E4Workbench.getServiceContext();
        return services == null ? null : services.get(MApplication.class);
    }

    private Shell mainShell() {
        return ui(() -> {
            Object widget = application().getChildren().get(0).getWidget();
            return widget instanceof Shell s ? s : null;
        });
    }

    private int renderedParts(String viewId) {
        return (int) ViewParts.partsOf(application().getContext().get(EModelService.class), application(), viewId)
                .stream()
                .filter(p -> p.isToBeRendered() && p.getWidget() != null).count();
    }

    private int partsInModel(String viewId) {
        List<MPart> parts = ViewParts.partsOf(application().getContext().get(EModelService.class), application(),
                viewId);
        return parts.size();
    }

    private TreeItem navigatorItem(String viewId) {
        Tree tree = (Tree) findData(mainShell(), "xingfeng.navigator", Boolean.TRUE);
        for (TreeItem module : tree.getItems()) {
            for (TreeItem view : module.getItems()) {
                if (viewId.equals(view.getData(NavigatorPart.VIEW_KEY))) {
                    return view;
                }
            }
        }
        return null;
    }

    private void openFromNavigator(String viewId) {
        display.asyncExec(() -> {
            TreeItem item = navigatorItem(viewId);
            Tree tree = item.getParent();
            tree.setSelection(item);
            Event e = new Event();
            e.item = item;
            tree.notifyListeners(SWT.Selection, e);
        });
    }

    private MenuItem menuItem(String label) {
        Menu bar = mainShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            Menu sub = top.getMenu();
            if (sub == null) {
                continue;
            }
            // e4 fills menus when they are about to show
            sub.notifyListeners(SWT.Show, new Event());
            for (MenuItem item : sub.getItems()) {
                if (label.equals(item.getText())) {
                    return item;
                }
            }
            sub.notifyListeners(SWT.Hide, new Event());
        }
        return null;
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("xingfeng.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ui(() -> {
            Shell shell = mainShell();
            shell.forceActive();
            shell.update();
            while (display.readAndDispatch()) {
                // let the window paint
            }
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return null;
        });
        assertTrue(Files.size(file) > 10_000, "a screenshot with content: " + file);
    }

    private static Control findData(Composite root, String key, Object value) {
        for (Control c : root.getChildren()) {
            if (!c.isDisposed() && value.equals(c.getData(key))) {
                return c;
            }
            if (c instanceof Composite comp) {
                Control found = findData(comp, key, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Label findLabel(Composite root, String text) {
        for (Control c : root.getChildren()) {
            if (c instanceof Label l && !l.isDisposed() && text.equals(l.getText()) && l.isVisible()) {
                return l;
            }
            if (c instanceof Composite comp) {
                Label found = findLabel(comp, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Composite root, String key, String value) {
        Control c = findData(root, key, value);
        return c instanceof Label l ? l.getText() : c instanceof Text t ? t.getText() : null;
    }

    private void fill(Shell shell, String key, String field, String value) {
        ui(() -> {
            ((Text) findData(shell, key, field)).setText(value);
            return null;
        });
    }

    private void press(Shell shell, String key, String button) {
        display.asyncExec(() -> findData(shell, key, button).notifyListeners(SWT.Selection, new Event()));
    }

    private Shell waitForShell(String key) {
        return waitFor("the shell " + key, () -> ui(() -> Arrays.stream(display.getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && s.getData(key) != null).findFirst().orElse(null)));
    }

    private <T> T ui(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(query.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private <T> T waitFor(String what, Supplier<T> condition) {
        long until = System.currentTimeMillis() + WAIT_MS;
        RuntimeException last = null;
        while (System.currentTimeMillis() < until) {
            if (uiFailure.get() != null) {
                throw new AssertionError("the client failed", uiFailure.get());
            }
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e; // widgets not there yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what, last);
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

    /** The client product's own settings (applicationXMI, lifeCycleURI, CSS, persistence), from its product extension. */
    private static Map<String, String> productProperties() {
        Map<String, String> props = new HashMap<>();
        for (IConfigurationElement product : RegistryFactory.getRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
            if ("org.xingfeng.client".equals(product.getContributor().getName())) {
                for (IConfigurationElement p : product.getChildren("property")) {
                    props.put(p.getAttribute("name"), p.getAttribute("value"));
                }
            }
        }
        assertTrue(props.containsKey("applicationXMI"), "the client's product extension is found");
        return props;
    }

    /** What the launcher would give E4Application: no command-line arguments, the product's branding properties. */
    private static final class TestApplicationContext implements IApplicationContext {
        private final Map<String, String> branding;

        TestApplicationContext(Map<String, String> branding) {
            this.branding = branding;
        }

        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
        }

        public void applicationRunning() {
        }

        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        public String getBrandingName() {
            return "Xingfeng";
        }

        public String getBrandingDescription() {
            return null;
        }

        public String getBrandingId() {
            return "org.xingfeng.client.product";
        }

        public String getBrandingProperty(String key) {
            return branding.get(key);
        }

        public Bundle getBrandingBundle() {
            return FrameworkUtil.getBundle(LoginDialog.class);
        }

        public void setResult(Object result, IApplication application) {
        }
    }
}
