package org.xingfeng.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.xingfeng.platform.ui.testing.SwtDriver.findData;
import static org.xingfeng.platform.ui.testing.SwtDriver.findLabel;
import static org.xingfeng.platform.ui.testing.SwtDriver.labels;
import static org.xingfeng.platform.ui.testing.SwtDriver.menuItem;
import static org.xingfeng.platform.ui.testing.SwtDriver.text;
import static org.xingfeng.platform.ui.testing.SwtDriver.treeShows;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.services.nls.ILocaleChangeService;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.client.internal.shell.ChangePasswordDialog;
import org.xingfeng.client.internal.shell.DashboardPart;
import org.xingfeng.client.internal.shell.LoginDialog;
import org.xingfeng.client.internal.shell.NavigatorPart;
import org.xingfeng.client.internal.shell.StatusLine;
import org.xingfeng.client.internal.shell.XlsxFileChooser;
import org.xingfeng.evaluations.api.Appeal;
import org.xingfeng.evaluations.api.AppealState;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.Level;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.persistence.PersistenceService;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.MenuContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.testing.SwtDriver;
import org.xingfeng.platform.ui.testing.WorkbenchDriver;

/**
 * The client as a person meets it: the real E4Application with the client product's settings (read from its
 * product extension), the real Application.e4xmi, and the real platform services on a fresh embedded Derby. The
 * UI runs on a thread of its own; the test reads widgets through {@code syncExec} and acts through
 * {@code asyncExec} (an action may open a modal dialog, which must not block the test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientWorkbenchIT {

    private static final String INITIAL = "Erstes-2026!x";
    private static final String CHOSEN = "Zhang-2026-ok";
    private static final long WAIT_MS = 60_000;
    /** Unique to this run: the shared databases keep what earlier runs and the other test bundles stored. */
    private static final String TAG = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase();
    private static final String USERNAME = "zhangxm." + TAG.toLowerCase(Locale.ROOT);
    private static final String UNIT_NAME = "测试县医疗保障局" + TAG;
    private static final String RECORD = TAG + "-R1";
    private static final String EVALUATIONS_UI = "org.xingfeng.evaluations.ui";
    private static final String EVALUATIONS_CORE = "org.xingfeng.evaluations.core";

    private final BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private AuthService auth;
    private UserService users;
    private OrgService org;
    private PersistenceService persistence;
    private SpreadsheetService spreadsheets;
    private OrgUnit unit;
    private final SharedDatabase database = new SharedDatabase();
    /** Stored before the evaluations module is uninstalled; shown again after it is installed again. */
    private Evaluation stored;
    private String evaluationsUiLocation;
    private String evaluationsCoreLocation;
    private volatile Display display;
    private Thread uiThread;
    private final AtomicReference<Object> exitCode = new AtomicReference<>();
    private final AtomicReference<Throwable> uiFailure = new AtomicReference<>();
    private final SwtDriver swt = new SwtDriver(() -> display, uiFailure, WAIT_MS);
    private final WorkbenchDriver workbench = new WorkbenchDriver(swt);
    private final AtomicReference<ViewSite> site = new AtomicReference<>();

    @BeforeAll
    void startClient() throws Exception {
        // the runtime settles first: components whose configuration arrives from the start properties may restart
        // once, and a service got before that holds a closed persistence unit
        long settle = System.nanoTime() + 60_000_000_000L;
        while (true) {
            auth = service(AuthService.class);
            users = service(UserService.class);
            org = service(OrgService.class);
            persistence = service(PersistenceService.class);
            spreadsheets = service(SpreadsheetService.class);
            try {
                unit = org.createUnit(Actor.SYSTEM, new OrgUnitDraft(null, "CT" + TAG, UNIT_NAME, OrgLevel.COUNTY));
                break;
            } catch (IllegalStateException restarting) {
                if (System.nanoTime() > settle) {
                    throw restarting;
                }
                Thread.sleep(500);
            }
        }
        Staff staff = org.createStaff(Actor.SYSTEM, new StaffDraft("CT" + TAG + "01", "张晓明", unit.id(), null,
                StaffTier.WINDOW_STAFF, List.of("综合柜员"), true));
        users.create(Actor.SYSTEM, new UserDraft(USERNAME, "张晓明", staff.id(), null, Set.of("staff", "admin"), INITIAL));

        IApplicationContext context = WorkbenchDriver.launcherContext("org.xingfeng.client.product",
                WorkbenchDriver.productProperties("org.xingfeng.client"), FrameworkUtil.getBundle(LoginDialog.class));
        uiThread = new Thread(() -> {
            try {
                display = Display.getDefault();
                exitCode.set(new E4Application().start(context));
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
        registrations.forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone
            }
        });
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
    void loginRefusesABadPasswordAndLeadsAOneTimePasswordToAChange() {
        Shell login = swt.waitForShell(LoginDialog.KEY);
        swt.fill(login, LoginDialog.KEY, "user", USERNAME);
        swt.fill(login, LoginDialog.KEY, "password", "not-the-password");
        swt.press(login, LoginDialog.KEY, "ok");
        swt.waitFor("the login's refusal", () -> swt.ui(() -> !text(login, LoginDialog.KEY, "error").isEmpty()));
        assertEquals("用户名或密码错误", swt.ui(() -> text(login, LoginDialog.KEY, "error")));
        assertFalse(swt.ui(login::isDisposed), "the login dialog stays open");

        swt.fill(login, LoginDialog.KEY, "password", INITIAL);
        swt.press(login, LoginDialog.KEY, "ok");
        Shell change = swt.waitForShell(ChangePasswordDialog.KEY);
        swt.fill(change, ChangePasswordDialog.KEY, "new", CHOSEN);
        swt.fill(change, ChangePasswordDialog.KEY, "repeat", CHOSEN + "x");
        swt.press(change, ChangePasswordDialog.KEY, "ok");
        swt.waitFor("the mismatch to be refused", () -> swt.ui(() -> !change.isDisposed()
                && "两次输入的密码不一致".equals(((ChangePasswordDialog) change.getData()).error())));
        swt.fill(change, ChangePasswordDialog.KEY, "repeat", CHOSEN);
        swt.press(change, ChangePasswordDialog.KEY, "ok");
        swt.waitFor("the main window", () -> swt.ui(() -> workbench.application() != null
                && workbench.application().getContext().get(StatusLine.class) != null));
        assertTrue(swt.ui(login::isDisposed));
        assertTrue(auth.login(USERNAME, CHOSEN).token() != null, "the new password is the user's now");
    }

    @Test
    @Order(2)
    void statusLineShowsUserUnitAndConnection() {
        Shell main = workbench.mainShell();
        assertEquals("用户：张晓明", swt.ui(() -> text(main, StatusLine.KEY, "user")));
        assertEquals("单位：" + UNIT_NAME, swt.ui(() -> text(main, StatusLine.KEY, "unit")));
        String connection = swt.ui(() -> text(main, StatusLine.KEY, "connection"));
        String expected = switch (database.kind) {
            case "derby-network" -> "数据库：共享数据库（Derby 网络服务，";
            case "postgresql" -> "数据库：共享数据库（PostgreSQL，";
            default -> "数据库：本机数据库（Derby 嵌入式，";
        };
        assertTrue(connection.startsWith(expected), connection);
        assertTrue(connection.contains(persistence.database().url()), connection);
        assertEquals("行风 — 医保服务质量管理", swt.ui(main::getText));
    }

    @Test
    @Order(3)
    void aViewRegisteredAtRuntimeAppearsOpensAndVanishesWhenUnregistered() throws Exception {
        AtomicInteger disposed = new AtomicInteger();
        ServiceRegistration<ViewContribution> reg = bc.registerService(ViewContribution.class,
                new TestView("tests.units", "platform", "单位一览", Set.of(), disposed), null);
        swt.waitFor("the navigator entry", () -> swt.ui(() -> workbench.navigatorItem("tests.units") != null));
        assertEquals("单位一览", swt.ui(() -> workbench.navigatorItem("tests.units").getText()));
        workbench.openFromNavigator("tests.units");
        swt.waitFor("the view's part", () -> swt.ui(() -> workbench.renderedParts("tests.units") == 1));
        swt.waitFor("the view's content", () -> swt.ui(() -> findLabel(workbench.mainShell(), "这是单位一览") != null));
        workbench.openFromNavigator("tests.units");
        swt.ui(() -> {
            workbench.mainShell().getDisplay().readAndDispatch();
            return null;
        });
        assertEquals(1, swt.ui(() -> workbench.renderedParts("tests.units")), "opening again activates the open part");

        reg.unregister();
        swt.waitFor("the part to close", () -> swt.ui(() -> workbench.parts("tests.units").size() == 0));
        swt.waitFor("the entry to vanish", () -> swt.ui(() -> workbench.navigatorItem("tests.units") == null));
        assertEquals(1, disposed.get(), "the view was told it closed");
        assertNull(swt.ui(() -> findLabel(workbench.mainShell(), "这是单位一览")));
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(4)
    void aViewWhoseServiceCannotBeHadAtFirstAppearsWhenItCanBe() throws Exception {
        // as a module's view whose component fails to activate while an install refreshes its bundles
        AtomicInteger asked = new AtomicInteger();
        ServiceRegistration<?> reg = bc.registerService(ViewContribution.class.getName(),
                new ServiceFactory<ViewContribution>() {
                    public ViewContribution getService(Bundle bundle, ServiceRegistration<ViewContribution> r) {
                        return asked.incrementAndGet() == 1 ? null
                                : new TestView("tests.late", "platform", "稍后到达", Set.of(), null);
                    }

                    public void ungetService(Bundle bundle, ServiceRegistration<ViewContribution> r,
                            ViewContribution v) {
                    }
                }, null);
        try {
            swt.waitFor("the late view's entry", () -> swt.ui(() -> workbench.navigatorItem("tests.late") != null));
            assertTrue(asked.get() >= 2, "asked again after the first refusal");
        } finally {
            reg.unregister();
        }
        swt.waitFor("the late view's entry to vanish",
                () -> swt.ui(() -> workbench.navigatorItem("tests.late") == null));
    }

    @Test
    @Order(4)
    void aRoleRestrictedViewIsHiddenFromAUserWithoutTheRole() {
        register(ViewContribution.class, new TestView("tests.audit", "platform", "审计日志", Set.of("auditor"), null));
        register(ViewContribution.class,
                new TestView("tests.admin", "platform", "用户管理", Set.of("admin", "auditor"), null));
        swt.waitFor("the view for administrators", () -> swt.ui(() -> workbench.navigatorItem("tests.admin") != null));
        assertNull(swt.ui(() -> workbench.navigatorItem("tests.audit")), "the user has no auditor role");
    }

    @Test
    @Order(5)
    void menuEntriesAndTilesComeAndGo() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        ServiceRegistration<MenuContribution> menu = bc.registerService(MenuContribution.class, new MenuContribution() {
            public String id() {
                return "tests.import";
            }

            public String moduleId() {
                return "testmodule";
            }

            public String label(Locale locale) {
                return "导入测试清单…";
            }

            public void run(ViewSite s) {
                assertEquals("张晓明", s.session().displayName());
                ran.countDown();
            }
        }, null);
        swt.waitFor("the menu entry", () -> swt.ui(() -> menuItem(workbench.mainShell(), "导入测试清单…") != null));
        display.asyncExec(() -> menuItem(workbench.mainShell(), "导入测试清单…").notifyListeners(SWT.Selection, new Event()));
        assertTrue(ran.await(20, TimeUnit.SECONDS), "the entry ran");

        ServiceRegistration<DashboardTile> tile = bc.registerService(DashboardTile.class, new DashboardTile() {
            public String id() {
                return "tests.overdue";
            }

            public String moduleId() {
                return "testmodule";
            }

            public String title(Locale locale) {
                return "逾期整改";
            }

            public ContributedView create(Composite parent, ViewSite s) {
                new Label(parent, SWT.NONE).setText("3 件");
                return new ContributedView() {
                };
            }
        }, null);
        swt.waitFor("the tile",
                () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, "tests.overdue") != null));

        menu.unregister();
        tile.unregister();
        swt.waitFor("the menu entry to vanish", () -> swt.ui(() -> menuItem(workbench.mainShell(), "导入测试清单…") == null));
        swt.waitFor("the tile to vanish",
                () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, "tests.overdue") == null));
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(6)
    void aTableExportsToXlsxThatReadsBack() throws Exception {
        ViewSite s = openSiteView();
        Path file = Path.of(System.getProperty("xingfeng.data", "target"), "exports", "单位一览.xlsx");
        Files.deleteIfExists(file);
        swt.ui(() -> {
            workbench.application().getContext().set(XlsxFileChooser.class, (shell, name, m) -> file);
            return null;
        });
        Table table = new Table("单位一览.xlsx", "单位", List.of("编码", "名称", "成立日期", "窗口数"),
                List.of(List.of("CT01", "测试县医疗保障局", LocalDate.of(2019, 3, 1), 6),
                        Arrays.asList("CT02", "测试乡服务站", null, 1)));
        display.asyncExec(() -> s.exportXlsx(table));
        swt.waitFor("the export's message",
                () -> swt.ui(() -> text(workbench.mainShell(), StatusLine.KEY, "message").startsWith("已导出 2 行")));
        SheetData sheet;
        try (var in = Files.newInputStream(file)) {
            sheet = spreadsheets.read(in).get(0);
        }
        assertEquals("单位", sheet.name());
        assertEquals(List.of("编码", "名称", "成立日期", "窗口数"), sheet.rows().get(0));
        assertEquals("测试县医疗保障局", sheet.cell(1, 1));
        assertEquals("测试乡服务站", sheet.cell(2, 1));
        assertEquals("CT02", sheet.cell(2, 0));
        assertEquals(3, sheet.rows().size());
    }

    @Test
    @Order(7)
    void aCancelledBackgroundJobStops() throws Exception {
        ViewSite s = openSiteView();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger steps = new AtomicInteger();
        display.asyncExec(() -> s.run("生成测试报表", (IProgressMonitor monitor) -> {
            monitor.beginTask("生成测试报表", 10_000);
            started.countDown();
            try {
                while (steps.get() < 10_000) {
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    Thread.sleep(10);
                    monitor.worked(1);
                    steps.incrementAndGet();
                }
                return "finished";
            } finally {
                stopped.countDown();
            }
        }, r -> done.set(true)));
        assertTrue(started.await(20, TimeUnit.SECONDS));
        swt.waitFor("the cancel button",
                () -> swt.ui(() -> findData(workbench.mainShell(), StatusLine.KEY, "cancel") instanceof Button b
                        && b.isVisible()));
        display.asyncExec(
                () -> findData(workbench.mainShell(), StatusLine.KEY, "cancel").notifyListeners(SWT.Selection,
                        new Event()));
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work saw the cancel and stopped");
        assertTrue(steps.get() < 10_000);
        swt.waitFor("the cancelled message",
                () -> swt.ui(() -> "已取消：生成测试报表".equals(text(workbench.mainShell(), StatusLine.KEY, "message"))));
        assertFalse(done.get(), "a cancelled job gives no result");
        swt.waitFor("the progress to go",
                () -> swt.ui(() -> !findData(workbench.mainShell(), StatusLine.KEY, "cancel").isVisible()));
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(8)
    void aServiceErrorIsShownWithItsChineseMessage() {
        ViewSite s = openSiteView();
        display.asyncExec(() -> s.showError(new RuntimeException("wrapped",
                new ValidationException("receivedDate",
                        Messages.of(ValidationException.class).text("param.date_required", "receivedDate")))));
        Shell dialog = swt.waitFor("the error dialog", () -> swt.ui(() -> Arrays.stream(display.getShells())
                .filter(sh -> !sh.isDisposed() && sh.isVisible() && "操作未完成".equals(sh.getText())).findFirst()
                .orElse(null)));
        assertNotNull(swt.ui(() -> findLabel(dialog, "缺少日期 receivedDate")));
        display.asyncExec(dialog::close);
        swt.waitFor("the dialog to close", () -> swt.ui(dialog::isDisposed));
    }

    @Test
    @Order(9)
    void aModuleBundleStoppedAndStartedTakesItsViewsAwayAndBack() throws Exception {
        Bundle module = Arrays.stream(bc.getBundles())
                .filter(b -> "org.xingfeng.client.testmodule".equals(b.getSymbolicName())).findFirst().orElseThrow();
        module.start();
        swt.waitFor("the module's view", () -> swt.ui(() -> workbench.navigatorItem("testmodule.hello") != null));
        swt.waitFor("the module's tile",
                () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, "testmodule.tile") != null));
        workbench.openFromNavigator("testmodule.hello");
        swt.waitFor("its part", () -> swt.ui(() -> findLabel(workbench.mainShell(), "测试模块的视图内容") != null));

        module.stop();
        swt.waitFor("its part to close", () -> swt.ui(() -> workbench.parts("testmodule.hello").size() == 0));
        swt.waitFor("its entry to vanish", () -> swt.ui(() -> workbench.navigatorItem("testmodule.hello") == null));
        swt.waitFor("its tile to vanish",
                () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, "testmodule.tile") == null));
        swt.assertOnlyWindow(workbench::mainShell);

        module.start();
        swt.waitFor("the view to come back", () -> swt.ui(() -> workbench.navigatorItem("testmodule.hello") != null));
        workbench.openFromNavigator("testmodule.hello");
        swt.waitFor("its part again", () -> swt.ui(() -> findLabel(workbench.mainShell(), "测试模块的视图内容") != null));
        swt.assertOnlyWindow(workbench::mainShell);
        assertEquals(null, uiFailure.get());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private ViewSite openSiteView() {
        if (site.get() == null) {
            register(ViewContribution.class, new TestView("tests.site", "platform", "导出测试", Set.of(), null));
            swt.waitFor("the site view's entry", () -> swt.ui(() -> workbench.navigatorItem("tests.site") != null));
            workbench.openFromNavigator("tests.site");
            swt.waitFor("the site view", () -> site.get() != null);
        }
        return site.get();
    }

    @Test
    @Order(10)
    void thePlatformsOrganisationViewOpensInTheMainWindow() throws Exception {
        swt.waitFor("the platform's views in the navigator",
                () -> swt.ui(() -> workbench.navigatorItem("platform.org") != null));
        workbench.openFromNavigator("platform.org");
        swt.waitFor("the organisation view's part", () -> swt.ui(() -> workbench.renderedParts("platform.org") == 1));
        swt.waitFor("its unit tree", () -> swt.ui(() -> treeShows(workbench.mainShell(), UNIT_NAME)));
        swt.screenshot(workbench::mainShell, "client-main-window.png");
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(11)
    void theWindowsLabelsAreTranslatedInChineseAndEnglish() {
        Map<String, String> chinese = Map.of("org.xingfeng.client.window", "行风 — 医保服务质量管理",
                "org.xingfeng.client.navigator", "功能导航", "org.xingfeng.client.dashboard", "工作台",
                "org.xingfeng.client.menu.file", "文件", "org.xingfeng.client.menu.exit", "退出");
        Map<String, String> english = Map.of("org.xingfeng.client.window",
                "Xingfeng - service quality for medical insurance",
                "org.xingfeng.client.navigator", "Navigator", "org.xingfeng.client.dashboard", "Dashboard",
                "org.xingfeng.client.menu.file", "File", "org.xingfeng.client.menu.exit", "Exit");
        assertEquals(chinese, modelLabels(chinese.keySet(), true));
        modelLabels(chinese.keySet(), false).forEach((id, key) -> assertTrue(key.startsWith("%"), id + ": " + key));
        assertTrue(topMenus().contains("文件"), topMenus().toString());
        try {
            switchLocale(Locale.ENGLISH);
            assertEquals(english, modelLabels(english.keySet(), true));
            swt.waitFor("the English window title", () -> swt.ui(() -> english.get("org.xingfeng.client.window")
                    .equals(workbench.mainShell().getText())));
            swt.waitFor("the English menu", () -> topMenus().contains("File"));
        } finally {
            switchLocale(Locale.SIMPLIFIED_CHINESE);
        }
        assertEquals(chinese, modelLabels(chinese.keySet(), true));
        swt.waitFor("the Chinese window title again",
                () -> swt.ui(() -> "行风 — 医保服务质量管理".equals(workbench.mainShell().getText())));
    }

    private List<String> topMenus() {
        return swt
                .ui(() -> Arrays.stream(workbench.mainShell().getMenuBar().getItems()).map(MenuItem::getText).toList());
    }

    private void switchLocale(Locale locale) {
        swt.ui(() -> {
            workbench.application().getContext().get(ILocaleChangeService.class).changeApplicationLocale(locale);
            return null;
        });
    }

    // --- a real module uninstalled and installed again while the client runs (the way p2 changes a client) ----

    @Test
    @Order(12)
    void theEvaluationsViewsShowTheirDataBesideTheMattersList() throws Exception {
        ListSheetService listSheets = service(ListSheetService.class);
        ImportReport report = listSheets.importList(Actor.SYSTEM, unit.id(),
                new ByteArrayInputStream(MATTERS_CSV.getBytes(StandardCharsets.UTF_8)), ListSheetService.Format.CSV,
                false);
        assertTrue(report.ok() && report.created() == 2, report.toString());
        EvaluationService evaluations = service(EvaluationService.class);
        Receipt receipt = evaluations.submit(new EvaluationSubmission(unit.id(), RECORD, Level.DISSATISFIED,
                Channel.WINDOW_DEVICE, "3", null, null, "等候时间太长", List.of(), null, null, Map.of()))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        stored = evaluations.evaluation(Actor.SYSTEM, receipt.id()).orElseThrow();

        for (String view : List.of("matters.list", "evaluations.list", "evaluations.dashboard")) {
            swt.waitFor("the navigator entry " + view, () -> swt.ui(() -> workbench.navigatorItem(view) != null));
        }
        for (String tile : List.of("matters.metrics", "evaluations.satisfaction-today", "evaluations.overdue-cases")) {
            swt.waitFor("the tile " + tile,
                    () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, tile) != null));
        }
        workbench.openFromNavigator("matters.list");
        swt.waitFor("the unit's matters", () -> swt.ui(() -> partShows("matters.list", "单位新参加城镇医疗保险、生育保险")));
        workbench.openFromNavigator("evaluations.list");
        swt.waitFor("the evaluation in the list", () -> swt.ui(() -> partShows("evaluations.list", RECORD)));
        workbench.openFromNavigator("evaluations.dashboard");
        swt.waitFor("the satisfaction dashboard",
                () -> swt.ui(() -> workbench.renderedParts("evaluations.dashboard") == 1));
        swt.assertOnlyWindow(workbench::mainShell);
    }

    @Test
    @Order(13)
    void uninstallingTheEvaluationsModuleTakesItsViewsAwayAndMattersKeepsWorking() throws Exception {
        Bundle uiBundle = bundle(EVALUATIONS_UI);
        Bundle coreBundle = bundle(EVALUATIONS_CORE);
        evaluationsUiLocation = location(uiBundle);
        evaluationsCoreLocation = location(coreBundle);
        List<String> menuLabels = menuLabelsOf(uiBundle);
        assertEquals(1, swt.ui(() -> workbench.renderedParts("evaluations.list")), "the evaluation list is open");
        assertEquals(1, swt.ui(() -> workbench.renderedParts("evaluations.dashboard")), "the dashboard is open");
        try (LogWatch log = new LogWatch(bc)) {
            uiBundle.uninstall();
            coreBundle.uninstall();
            refresh(List.of(uiBundle, coreBundle));
            assertEquals(Bundle.UNINSTALLED, uiBundle.getState());
            assertNull(bc.getServiceReference(EvaluationService.class), "the module's services are gone");

            for (String view : List.of("evaluations.list", "evaluations.dashboard")) {
                swt.waitFor("the part of " + view + " to close", () -> swt.ui(() -> workbench.parts(view).size() == 0));
            }
            swt.waitFor("the module's navigator entries to vanish", () -> swt.ui(() -> navigatorIds().stream()
                    .noneMatch(id -> id.startsWith("evaluations."))));
            assertFalse(swt.ui(() -> navigatorModules().contains("evaluations")), "no module entry left");
            for (String tile : List.of("evaluations.satisfaction-today", "evaluations.overdue-cases")) {
                swt.waitFor("the tile " + tile + " to vanish",
                        () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, tile) == null));
            }
            for (String label : menuLabels) {
                swt.waitFor("the menu entry " + label + " to vanish",
                        () -> swt.ui(() -> menuItem(workbench.mainShell(), label) == null));
            }
            assertFalse(swt.ui(() -> moduleMenuInModel("evaluations")), "no menu of the module left");

            // matters keeps working: its open list finds an item added meanwhile, its tile stays
            MatterItemService matters = service(MatterItemService.class);
            long main = matters.mainItems(Actor.SYSTEM, unit.id()).get(0).id();
            matters.createSubItem(Actor.SYSTEM, new SubItemDraft(main, "单位参保信息变更登记" + TAG, null, null, Set.of(),
                    null, List.of(), null, null, List.of(), null, null, null, null, null));
            display.asyncExec(() -> pressIn(partComposite("matters.list"), "查询"));
            swt.waitFor("the matters list to show the new item",
                    () -> swt.ui(() -> partShows("matters.list", "单位参保信息变更登记" + TAG)));
            assertNotNull(swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, "matters.metrics")));
            assertEquals(1, swt.ui(() -> workbench.renderedParts("matters.list")));

            settle();
            swt.assertOnlyWindow(workbench::mainShell);
            assertEquals(null, uiFailure.get());
            assertEquals(List.of(), log.problems(), "nothing went wrong in the log");
        }
    }

    @Test
    @Order(14)
    void installedAgainTheEvaluationsModuleComesBackWithItsData() throws Exception {
        assertNotNull(evaluationsCoreLocation, "the module was uninstalled first");
        try (LogWatch log = new LogWatch(bc)) {
            Bundle coreBundle = bc.installBundle(evaluationsCoreLocation);
            Bundle uiBundle = bc.installBundle(evaluationsUiLocation);
            coreBundle.start(Bundle.START_ACTIVATION_POLICY);
            uiBundle.start(Bundle.START_ACTIVATION_POLICY);

            for (String view : List.of("evaluations.list", "evaluations.dashboard")) {
                swt.waitFor("the navigator entry " + view + " again",
                        () -> swt.ui(() -> workbench.navigatorItem(view) != null));
            }
            for (String tile : List.of("evaluations.satisfaction-today", "evaluations.overdue-cases")) {
                swt.waitFor("the tile " + tile + " again",
                        () -> swt.ui(() -> findData(workbench.mainShell(), DashboardPart.TILE_KEY, tile) != null));
            }
            workbench.openFromNavigator("evaluations.list");
            swt.waitFor("the evaluation stored before the uninstall",
                    () -> swt.ui(() -> partShows("evaluations.list", RECORD)));
            Evaluation again = service(EvaluationService.class).evaluation(Actor.SYSTEM, stored.id()).orElseThrow();
            assertEquals(RECORD, again.recordNo());
            assertEquals(Level.DISSATISFIED, again.level());
            assertTrue(swt.ui(() -> partShows("matters.list", "单位参保信息变更登记" + TAG)), "the matters list stayed open");

            settle();
            swt.assertOnlyWindow(workbench::mainShell);
            assertEquals(null, uiFailure.get());
            assertEquals(List.of(), log.problems(), "nothing went wrong in the log");
        }
    }

    @Test
    @Order(15)
    void anAppealFiledInTheReinstalledListIsStored() throws Exception {
        swt.waitFor("the evaluation in the list", () -> swt.ui(() -> partShows("evaluations.list", RECORD)));
        display.asyncExec(() -> selectRow(partComposite("evaluations.list"), RECORD));
        swt.waitFor("the appeal button",
                () -> swt.ui(() -> button(partComposite("evaluations.list"), "申诉").isEnabled()));
        display.asyncExec(() -> pressIn(partComposite("evaluations.list"), "申诉"));
        FormDialog form = swt.waitFor("the appeal form", () -> swt.ui(() -> Arrays.stream(display.getShells())
                .filter(sh -> !sh.isDisposed() && sh.isVisible() && sh.getData() instanceof FormDialog)
                .map(sh -> (FormDialog) sh.getData()).findFirst().orElse(null)));
        String statement = "评价内容与本窗口业务无关 " + TAG;
        swt.ui(() -> {
            form.setText("statement", statement);
            return null;
        });
        display.asyncExec(form::submit);
        swt.waitFor("the form to close", () -> swt.ui(() -> form.getShell() == null || form.getShell().isDisposed()));
        swt.waitFor("the status message",
                () -> swt.ui(() -> text(workbench.mainShell(), StatusLine.KEY, "message").startsWith("已提交申诉 #")));
        swt.assertOnlyWindow(workbench::mainShell);

        Appeals appeals = service(Appeals.class);
        List<Appeal> filed = appeals.appealsOf(Actor.SYSTEM, stored.id());
        assertEquals(1, filed.size());
        assertEquals(statement, filed.get(0).statement());
        assertEquals(USERNAME, filed.get(0).filedBy());
        assertEquals(AppealState.PENDING, filed.get(0).state());
    }

    @Test
    @Order(16)
    void whatTheClientWroteIsSeenByAnotherConnectionToTheSharedDatabase() throws Exception {
        Assumptions.assumeTrue(database.shared(), "embedded Derby is this client's own");
        try (Connection c = database.connect(bc)) {
            // the platform: the unit and the account whose one-time password was changed at the login
            assertEquals(UNIT_NAME, single(c, "SELECT NAME FROM PLT_ORG_UNIT WHERE CODE = ?", "CT" + TAG));
            assertEquals(Boolean.FALSE,
                    single(c, "SELECT MUST_CHANGE_PASSWORD FROM PLT_USER WHERE USERNAME = ?", USERNAME,
                            rs -> rs.getBoolean(1)));
            // the matters module: the two imported items and the one added while evaluations was away
            long items = single(c, "SELECT COUNT(*) FROM MAT_SUB_ITEM WHERE UNIT_ID = ?", unit.id(),
                    rs -> rs.getLong(1));
            assertEquals(3, items);
            // the evaluations module: the evaluation from before the swap, and the appeal filed in the view after it
            assertEquals(RECORD, single(c, "SELECT RECORD_NO FROM EVAL_EVALUATION WHERE ID = ?", stored.id()));
            assertEquals("PENDING", single(c, "SELECT APPEAL FROM EVAL_EVALUATION WHERE ID = ?", stored.id()));
            assertEquals(USERNAME, single(c, "SELECT FILED_BY FROM EVAL_APPEAL WHERE EVALUATION_ID = ?", stored.id()));
            assertEquals("评价内容与本窗口业务无关 " + TAG,
                    single(c, "SELECT STATEMENT FROM EVAL_APPEAL WHERE EVALUATION_ID = ?", stored.id()));
        }
    }

    /** Two sub-items of one main item in the layout of attachment 1 (as the bureau's spreadsheet has them). */
    private static final String MATTERS_CSV = """
            序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注
            1,基本医疗保险 参保登记,公共服务,单位新参加城镇医疗保险、生育保险,,,,,,
            2,,,单位新增人员参保登记（参加医疗保险、生育保险人员）,,,,,,
            """;

    private interface ColumnReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static String single(Connection c, String sql, Object parameter) throws SQLException {
        return single(c, sql, parameter, rs -> rs.getString(1));
    }

    /** The one row's value, read through the other connection. */
    private static <T> T single(Connection c, String sql, Object parameter, ColumnReader<T> column)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "a row for " + sql + " with " + parameter);
                T value = column.read(rs);
                assertFalse(rs.next(), "one row for " + sql);
                return value;
            }
        }
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bc.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    /**
     * Where the bundle's file is, as p2's simple configurator installs bundles ({@code reference:file:}); the test
     * runtime installed them with a location relative to its own folder, which a later install cannot read.
     */
    private static String location(Bundle bundle) {
        File file = FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new AssertionError("no file for " + bundle.getSymbolicName()));
        return "reference:" + file.getAbsoluteFile().toURI();
    }

    /** What p2 does after removing bundles: refresh the framework's wiring, and wait for it to finish. */
    private void refresh(List<Bundle> bundles) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        bc.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, e -> refreshed.countDown());
        assertTrue(refreshed.await(60, TimeUnit.SECONDS), "the framework refreshed");
    }

    /** The labels of the menu entries a bundle contributes (in the client's language). */
    private static List<String> menuLabelsOf(Bundle bundle) {
        ServiceReference<?>[] refs = bundle.getRegisteredServices();
        List<String> labels = new ArrayList<>();
        if (refs != null) {
            BundleContext bc = FrameworkUtil.getBundle(ClientWorkbenchIT.class).getBundleContext();
            for (ServiceReference<?> ref : refs) {
                if (Arrays.asList((String[]) ref.getProperty("objectClass"))
                        .contains(MenuContribution.class.getName())) {
                    MenuContribution menu = (MenuContribution) bc.getService(ref);
                    labels.add(menu.label(Locale.CHINA));
                    bc.ungetService(ref);
                }
            }
        }
        return labels;
    }

    /** Lets queued UI work (the add-on's changes, background results) run before the window is looked at. */
    private void settle() throws InterruptedException {
        Thread.sleep(500);
        swt.ui(() -> {
            while (display.readAndDispatch()) {
                // run what is queued
            }
            return null;
        });
    }

    /** The labels of the model's elements by id: as shown (localized) or as written in Application.e4xmi. */
    private Map<String, String> modelLabels(Set<String> ids, boolean localized) {
        return swt.ui(() -> {
            Map<String, String> labels = new HashMap<>();
            EModelService models = workbench.application().getContext().get(EModelService.class);
            List<MUILabel> found = models.findElements(workbench.application(), MUILabel.class,
                    EModelService.ANYWHERE | EModelService.IN_MAIN_MENU,
                    e -> ids.contains(((MUIElement) e).getElementId()));
            for (MUILabel l : found) {
                labels.put(((MUIElement) l).getElementId(), localized ? l.getLocalizedLabel() : l.getLabel());
            }
            return labels;
        });
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

    private boolean moduleMenuInModel(String moduleId) {
        return workbench.application().getChildren().stream().filter(w -> w.getMainMenu() != null)
                .flatMap(w -> w.getMainMenu().getChildren().stream())
                .anyMatch(e -> ("xingfeng.menu.module." + moduleId).equals(e.getElementId()));
    }

    /** The widget of the view's rendered part. */
    private Composite partComposite(String viewId) {
        return workbench.parts(viewId).stream()
                .filter(p -> p.isToBeRendered() && p.getWidget() instanceof Composite)
                .map(p -> (Composite) p.getWidget())
                .findFirst().orElse(null);
    }

    /** Whether a table or tree in the view's part shows the text in one of its cells. */
    private boolean partShows(String viewId, String text) {
        Composite part = partComposite(viewId);
        return part != null && cellShows(part, text);
    }

    private static boolean cellShows(Control c, String text) {
        if (c instanceof org.eclipse.swt.widgets.Table table) {
            for (TableItem item : table.getItems()) {
                for (int i = 0; i < Math.max(1, table.getColumnCount()); i++) {
                    if (text.equals(item.getText(i))) {
                        return true;
                    }
                }
            }
        }
        if (c instanceof Tree && treeShows(c, text)) {
            return true;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                if (cellShows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Selects the first table row showing the text, as a click would. */
    private static void selectRow(Control c, String text) {
        if (c instanceof org.eclipse.swt.widgets.Table table) {
            for (TableItem item : table.getItems()) {
                for (int i = 0; i < table.getColumnCount(); i++) {
                    if (text.equals(item.getText(i))) {
                        table.setSelection(item);
                        Event e = new Event();
                        e.item = item;
                        table.notifyListeners(SWT.Selection, e);
                        return;
                    }
                }
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                selectRow(child, text);
            }
        }
    }

    private static Button button(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void pressIn(Composite root, String label) {
        button(root, label).notifyListeners(SWT.Selection, new Event());
    }

    private <S> void register(Class<S> type, S service) {
        registrations.add(bc.registerService(type, service, null));
    }

    private final class TestView implements ViewContribution {
        private final String id;
        private final String module;
        private final String label;
        private final Set<String> roles;
        private final AtomicInteger disposed;

        TestView(String id, String module, String label, Set<String> roles, AtomicInteger disposed) {
            this.id = id;
            this.module = module;
            this.label = label;
            this.roles = roles;
            this.disposed = disposed;
        }

        public String id() {
            return id;
        }

        public String moduleId() {
            return module;
        }

        public String label(Locale locale) {
            return label;
        }

        public Set<String> roles() {
            return roles;
        }

        public ContributedView create(Composite parent, ViewSite s) {
            new Label(parent, SWT.NONE).setText("这是" + label);
            site.compareAndSet(null, "tests.site".equals(id) ? s : null);
            return new ContributedView() {
                public void dispose() {
                    if (disposed != null) {
                        disposed.incrementAndGet();
                    }
                }
            };
        }
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(ClientWorkbenchIT.class).getBundleContext();
        ServiceTracker<S, S> t = new ServiceTracker<>(bc, type, null);
        t.open();
        S s = t.waitForService(120_000);
        assertNotNull(s, type.getSimpleName());
        return s;
    }

}
