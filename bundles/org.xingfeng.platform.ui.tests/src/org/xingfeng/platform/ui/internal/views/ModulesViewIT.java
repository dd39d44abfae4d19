package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.module.InstalledModule;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.module.ModuleState;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/**
 * 已安装模块: read-only from the module registry without module management; with a fake {@link ModuleAdmin}
 * registered as a service (so the view's dynamic reference binds it) the actions call it; unregistered, the
 * view is read-only again.
 */
class ModulesViewIT extends ViewTestSupport {

    static ModuleRegistry registry;

    @BeforeAll
    static void services() throws Exception {
        registry = service(ModuleRegistry.class);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            settle(20);
        }
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void withoutModuleManagementTheModulesAreListedReadOnly() throws Exception {
        assertEquals(0, context.getServiceReferences(ModuleAdmin.class, null).size(),
                "no module management in this runtime");
        Composite parent = open();
        ModulesView view = (ModulesView) contribution("platform.modules").create(parent, site);
        List<String> ids = view.installed().visibleRows().stream().map(InstalledModule::id).toList();
        assertEquals(registry.modules().stream().map(ModuleInfo::id).toList(), ids);
        assertTrue(ids.contains("platform"));
        String version = registry.modules().stream().filter(m -> m.id().equals("platform")).findFirst().orElseThrow()
                .version();
        assertEquals(List.of("platform", "基础平台", version, "运行中", "org.xingfeng.platform", "0"),
                shown(view.installed()).get(ids.indexOf("platform")));
        assertTrue(view.modeText().startsWith("模块管理服务不可用"), view.modeText());
        view.installed().select(view.installed().rows().get(0));
        assertFalse(view.stopButton().isEnabled());
        assertFalse(view.uninstallButton().isEnabled());
        assertFalse(view.listButton().isEnabled());
        assertExportMatches(view.installed());
        assertNoErrors(site);
        screenshot("modules-read-only");
    }

    @Test
    void moduleManagementArrivingAtRuntimeTurnsTheActionsOnAndEachCallsIt() throws Exception {
        Composite parent = open();
        ModulesView view = (ModulesView) contribution("platform.modules").create(parent, site);
        assertTrue(view.modeText().startsWith("模块管理服务不可用"));
        FakeModuleAdmin fake = new FakeModuleAdmin();
        ServiceRegistration<ModuleAdmin> registration = context.registerService(ModuleAdmin.class, fake, null);
        try {
            waitUntil(() -> view.modeText().startsWith("可从更新站点"), "the view to see module management");
            assertEquals(List.of("matters", "platform"),
                    view.installed().visibleRows().stream().map(InstalledModule::id).toList());

            // stop and start a module
            InstalledModule matters = view.installed().rows().stream().filter(m -> m.id().equals("matters")).findFirst()
                    .orElseThrow();
            view.installed().select(matters);
            press(view.stopButton());
            assertEquals(ModuleState.STOPPED, state(view, "matters"));
            view.installed().select(
                    view.installed().rows().stream().filter(m -> m.id().equals("matters")).findFirst().orElseThrow());
            assertFalse(view.stopButton().isEnabled(), "a stopped module cannot be stopped");
            press(view.startButton());
            assertEquals(ModuleState.ACTIVE, state(view, "matters"));

            // the platform itself can be neither stopped nor removed
            view.installed().select(
                    view.installed().rows().stream().filter(m -> m.id().equals("platform")).findFirst().orElseThrow());
            assertFalse(view.stopButton().isEnabled());
            assertFalse(view.uninstallButton().isEnabled());

            // a bad repository location is refused before module management is called
            view.setRepository("not a url");
            press(view.listButton());
            assertInstanceOf(ValidationException.class, site.errors.remove(0));
            view.setRepository("ftp://example.org/site");
            press(view.listButton());
            assertInstanceOf(ValidationException.class, site.errors.remove(0));
            assertEquals(List.of("admin stop matters", "admin start matters"), fake.calls);

            // list the update site, install one module and update another
            view.setRepository("file:/srv/xingfeng/site/");
            press(view.listButton());
            assertEquals(List.of("matters", "evaluations"), view.available().rows().stream().map(a -> a.id()).toList());
            view.available().select(view.available().rows().get(1));
            press(view.installButton());
            assertEquals(List.of("evaluations", "matters", "platform"),
                    view.installed().rows().stream().map(InstalledModule::id).toList());
            view.available().select(
                    view.available().rows().stream().filter(a -> a.id().equals("matters")).findFirst().orElseThrow());
            press(view.installButton());
            assertEquals("0.2.0", view.installed().rows().stream().filter(m -> m.id().equals("matters")).findFirst()
                    .orElseThrow().version());
            screenshot("modules-managed");

            // uninstall after confirming; refusing the confirmation does nothing
            view.installed().select(view.installed().rows().stream().filter(m -> m.id().equals("evaluations"))
                    .findFirst().orElseThrow());
            withDialog(MessageDialog.class, m -> press(m, "取消"), () -> press(view.uninstallButton()));
            assertTrue(fake.calls.stream().noneMatch(c -> c.startsWith("admin uninstall")));
            withDialog(MessageDialog.class, m -> press(m, "确定"), () -> press(view.uninstallButton()));
            assertEquals(List.of("matters", "platform"),
                    view.installed().rows().stream().map(InstalledModule::id).toList());

            assertEquals(List.of("admin stop matters", "admin start matters",
                    "admin available file:/srv/xingfeng/site/",
                    "admin install evaluations file:/srv/xingfeng/site/", "admin available file:/srv/xingfeng/site/",
                    "admin install matters file:/srv/xingfeng/site/", "admin available file:/srv/xingfeng/site/",
                    "admin uninstall evaluations"), fake.calls);
            assertNoErrors(site);
        } finally {
            registration.unregister();
        }
        waitUntil(() -> view.modeText().startsWith("模块管理服务不可用"), "the view to lose module management");
        assertEquals(registry.modules().stream().map(ModuleInfo::id).toList(),
                view.installed().rows().stream().map(InstalledModule::id).toList());
        assertFalse(view.listButton().isEnabled());
    }

    @Test
    void onlyAnAdministratorGetsTheActions() throws Exception {
        FakeModuleAdmin fake = new FakeModuleAdmin();
        ServiceRegistration<ModuleAdmin> registration = context.registerService(ModuleAdmin.class, fake, null);
        try {
            Composite parent = open(new Actor(998, "auditor.only", Set.of(Roles.AUDITOR), Reach.EVERYWHERE),
                    Locale.SIMPLIFIED_CHINESE);
            ModulesView view = (ModulesView) contribution("platform.modules").create(parent, site);
            waitUntil(() -> view.installed().rows().size() == 2, "the fake's modules");
            assertTrue(view.modeText().startsWith("只有系统管理员"), view.modeText());
            view.installed().select(view.installed().rows().get(0));
            assertFalse(view.stopButton().isEnabled());
            assertFalse(view.listButton().isEnabled());
            assertTrue(fake.calls.isEmpty());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aRefusedOrFailedChangeIsShownAsAnErrorAndChangesNothing() throws Exception {
        FakeModuleAdmin fake = new FakeModuleAdmin();
        ServiceRegistration<ModuleAdmin> registration = context.registerService(ModuleAdmin.class, fake, null);
        try {
            Composite parent = open();
            ModulesView view = (ModulesView) contribution("platform.modules").create(parent, site);
            waitUntil(() -> view.installed().rows().size() == 2, "the fake's modules");

            // module management refuses (another change is running): the service's message, nothing changed
            ConflictException busy = new ConflictException("module_change_in_progress",
                    Messages.of(ConflictException.class).text("error.validation", "另一项模块变更正在进行，请稍后再试"));
            fake.failNext = busy;
            view.installed().select(module(view, "matters"));
            press(view.stopButton());
            assertEquals(List.of(busy), site.errors);
            site.errors.clear();
            assertEquals(ModuleState.ACTIVE, state(view, "matters"));
            assertTrue(view.stopButton().isEnabled(), "the view still works after an error");

            // p2 fails while installing: shown, the installed list as it was
            view.setRepository("file:/srv/xingfeng/site/");
            press(view.listButton());
            view.available().select(view.available().rows().stream().filter(a -> a.id().equals("evaluations"))
                    .findFirst().orElseThrow());
            IllegalStateException broken = new IllegalStateException(
                    "p2 failed to module.install evaluations: disk full");
            fake.failNext = broken;
            press(view.installButton());
            assertEquals(List.of(broken), site.errors);
            site.errors.clear();
            assertEquals(List.of("matters", "platform"),
                    view.installed().rows().stream().map(InstalledModule::id).toList());

            // the stop goes through once module management is free again
            view.installed().select(module(view, "matters"));
            press(view.stopButton());
            assertEquals(ModuleState.STOPPED, state(view, "matters"));
            assertNoErrors(site);
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aCancelBeforeTheChangeStopsItAndALateCancelStillShowsTheResult() throws Exception {
        FakeModuleAdmin fake = new FakeModuleAdmin();
        ServiceRegistration<ModuleAdmin> registration = context.registerService(ModuleAdmin.class, fake, null);
        try {
            Composite parent = open();
            ModulesView view = (ModulesView) contribution("platform.modules").create(parent, site);
            waitUntil(() -> view.installed().rows().size() == 2, "the fake's modules");

            // cancelled before it begins: module management is not called
            view.installed().select(module(view, "matters"));
            site.cancelNext = true;
            press(view.stopButton());
            assertTrue(fake.calls.isEmpty(), fake.calls.toString());
            assertEquals(ModuleState.ACTIVE, state(view, "matters"));

            // cancelled while p2 changes the installation: the change completes and the view reads the list again
            fake.duringNext = () -> site.running.setCanceled(true);
            view.installed().select(module(view, "matters"));
            press(view.stopButton());
            assertEquals(List.of("admin stop matters"), fake.calls);
            waitUntil(() -> state(view, "matters") == ModuleState.STOPPED, "the list read again after the late cancel");
            assertNoErrors(site);
        } finally {
            registration.unregister();
        }
    }

    private static InstalledModule module(ModulesView view, String id) {
        return view.installed().rows().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static ModuleState state(ModulesView view, String id) {
        return view.installed().rows().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().state();
    }
}
