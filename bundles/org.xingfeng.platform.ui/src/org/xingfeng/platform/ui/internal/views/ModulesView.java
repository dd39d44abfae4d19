package org.xingfeng.platform.ui.internal.views;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.module.AvailableModule;
import org.xingfeng.platform.api.module.InstalledModule;
import org.xingfeng.platform.api.module.ModuleAdmin;
import org.xingfeng.platform.api.module.ModuleBundle;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.module.ModuleState;
import org.xingfeng.platform.ui.BackgroundWork;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.Texts;

/**
 * Installed modules with version, state and bundles; with module management present and an administrator
 * logged in, also the update site: list what it offers, install or update, stop, start, uninstall. Every
 * change runs in the background with progress and is refused whole by the service when it cannot be done.
 */
public class ModulesView implements ContributedView {

    private final ViewSite site;
    private final ModuleRegistry registry;
    private final Supplier<ModuleAdmin> admin;
    private final Texts t;
    private final boolean isAdmin;
    private final Composite root;
    private final Label mode;
    private final DataTable<InstalledModule> installed;
    private final DataTable<ModuleBundle> bundles;
    private final DataTable<AvailableModule> available;
    private final Text repository;
    private final Button stop;
    private final Button start;
    private final Button uninstall;
    private final Button list;
    private final Button browse;
    private final Button install;

    public ModulesView(Composite parent, ViewSite site, ModuleRegistry registry, Supplier<ModuleAdmin> admin) {
        this.site = site;
        this.registry = registry;
        this.admin = admin;
        this.t = Texts.of(site);
        this.isAdmin = ViewTexts.isAdmin(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        mode = new Label(root, SWT.WRAP);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        installed = new DataTable<>(sash, site, "已安装模块", "Installed modules", List.of(
                Column.<InstalledModule>of("模块", "Module", InstalledModule::id).width(110),
                Column.<InstalledModule>of("名称", "Name", m -> t.t(m.nameZh(), m.nameEn())).width(140),
                Column.<InstalledModule>of("版本", "Version", InstalledModule::version).width(150),
                Column.<InstalledModule>of("状态", "State", m -> ViewTexts.state(t, m.state())).width(80),
                Column.<InstalledModule>of("功能包", "Feature", InstalledModule::featureId).width(170),
                Column.<InstalledModule>of("插件数", "Bundles", m -> m.bundles().size()).width(70)));
        stop = installed.addButton("停止", "Stop", () -> change("停止模块", "Stopping the module",
                m -> a -> a.stop(site.session().actor(), m.id())));
        start = installed.addButton("启动", "Start", () -> change("启动模块", "Starting the module",
                m -> a -> a.start(site.session().actor(), m.id())));
        uninstall = installed.addButton("卸载", "Uninstall", this::uninstallSelected);
        installed.addButton("刷新", "Refresh", this::refresh);

        bundles = new DataTable<>(sash, site, "模块插件", "Module bundles", List.of(
                Column.<ModuleBundle>of("插件", "Bundle", ModuleBundle::symbolicName).width(260),
                Column.<ModuleBundle>of("版本", "Version", ModuleBundle::version).width(160),
                Column.<ModuleBundle>of("状态", "State", ModuleBundle::state).width(90)));
        installed.onSelection(m -> {
            bundles.setRows(m == null ? List.of() : m.bundles());
            updateButtons();
        });

        Group site0 = new Group(sash, SWT.NONE);
        site0.setText(t.t("更新站点", "Update site"));
        site0.setLayout(new GridLayout(4, false));
        new Label(site0, SWT.NONE).setText(t.t("地址", "Location"));
        repository = new Text(site0, SWT.BORDER);
        repository.setMessage(t.t("更新站点 URL（file:、http(s):）或压缩包", "update site URL (file:, http(s):) or a zipped site"));
        repository.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse = new Button(site0, SWT.PUSH);
        browse.setText(t.t("选择压缩包…", "Choose archive…"));
        browse.addListener(SWT.Selection, e -> chooseArchive());
        list = new Button(site0, SWT.PUSH);
        list.setText(t.t("列出可用模块", "List modules"));
        list.addListener(SWT.Selection, e -> listAvailable());
        available = new DataTable<>(site0, site, "可用模块", "Available modules", List.of(
                Column.<AvailableModule>of("模块", "Module", AvailableModule::id).width(110),
                Column.<AvailableModule>of("名称", "Name", AvailableModule::name).width(160),
                Column.<AvailableModule>of("版本", "Version", AvailableModule::version).width(150),
                Column.<AvailableModule>of("已安装版本", "Installed version", AvailableModule::installedVersion).width(150)));
        available.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        install = available.addButton("安装/更新", "Install/update", this::installSelected);
        available.onSelection(a -> updateButtons());
        sash.setWeights(3, 2, 3);
        adminChangedNow();
    }

    public Composite control() {
        return root;
    }

    public DataTable<InstalledModule> installed() {
        return installed;
    }

    public DataTable<AvailableModule> available() {
        return available;
    }

    public String modeText() {
        return mode.getText();
    }

    public void setRepository(String text) {
        repository.setText(text);
    }

    /** Called from any thread when module management appears or goes. */
    void adminChanged() {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    adminChangedNow();
                }
            });
        }
    }

    private void adminChangedNow() {
        if (admin.get() == null) {
            mode.setText(t.t("模块管理服务不可用（此客户端或服务器未安装 p2 模块管理），只能查看已启用的模块；安装、更新、停止、启动、卸载不可用。",
                    "Module management is not available (no p2 module management here): the active modules are listed read-only;"
                            + " install, update, stop, start and uninstall are off."));
        } else if (!isAdmin) {
            mode.setText(t.t("只有系统管理员可以安装、更新、停止、启动或卸载模块。",
                    "Only an administrator can install, update, stop, start or uninstall modules."));
        } else {
            mode.setText(t.t("可从更新站点或压缩包安装、更新模块；停止、启动、卸载立即生效，无需重启。",
                    "Install or update modules from an update site or an archive; stop, start and uninstall take effect at once."));
        }
        available.setRows(List.of());
        refresh();
        root.layout(true, true);
    }

    private boolean managing() {
        return admin.get() != null && isAdmin;
    }

    private void updateButtons() {
        boolean on = managing();
        InstalledModule m = installed.selected();
        boolean platform = m != null && "platform".equals(m.id());
        stop.setEnabled(on && m != null && !platform && m.state() != ModuleState.STOPPED);
        start.setEnabled(on && m != null && m.state() != ModuleState.ACTIVE);
        uninstall.setEnabled(on && m != null && !platform);
        repository.setEnabled(on);
        browse.setEnabled(on);
        list.setEnabled(on);
        install.setEnabled(on && available.selected() != null);
    }

    /** Reloads the installed modules: from module management when present, else from the module registry. */
    public void refresh() {
        ModuleAdmin a = admin.get();
        installed.load("读取模块", "Reading modules", monitor -> a != null ? a.installed()
                : registry.modules().stream().map(ModulesView::fromRegistry).toList());
        InstalledModule m = installed.selected();
        bundles.setRows(m == null ? List.of() : m.bundles());
        updateButtons();
    }

    private static InstalledModule fromRegistry(ModuleInfo m) {
        return new InstalledModule(m.id(), "org.xingfeng." + m.id(), m.nameZh(), m.nameEn(), m.version(), ModuleState.ACTIVE,
                List.of());
    }

    private interface AdminCall {
        Object call(ModuleAdmin a) throws Exception;
    }

    private void change(String zh, String en, java.util.function.Function<InstalledModule, AdminCall> call) {
        InstalledModule m = installed.selected();
        ModuleAdmin a = admin.get();
        if (m == null || a == null || !isAdmin) {
            return;
        }
        AdminCall c = call.apply(m);
        site.run(t.t(zh, en) + " " + m.id(), changing(t.t(zh, en) + " " + m.id(), monitor -> c.call(a)), r -> {
            site.status(t.t(zh, en) + " " + m.id() + t.t("：完成", ": done"));
            refresh();
        });
    }

    /**
     * A change of the installation as background work with its progress: cancelled before it begins, nothing changes;
     * once p2 changes the installation the change runs to its end (module management has no half-done state), and
     * after a late cancel the list is read again to show where things stand.
     */
    private <T> BackgroundWork<T> changing(String task, BackgroundWork<T> change) {
        return monitor -> {
            monitor.beginTask(task, IProgressMonitor.UNKNOWN);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.subTask(t.t("正在变更安装（开始后将完成，不能中途撤销）", "changing the installation (once begun, it completes)"));
            try {
                return change.run(monitor);
            } finally {
                if (monitor.isCanceled()) {
                    refreshLater();
                }
                monitor.done();
            }
        };
    }

    private void refreshLater() {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void uninstallSelected() {
        InstalledModule m = installed.selected();
        if (m == null || !Confirm.ask(site, "卸载模块 " + m.id() + "？其界面、接口随即消失；数据保留在数据库中，重新安装后可继续使用。",
                "Uninstall " + m.id() + "? Its views and services go at once; its data stays in the database for a later install.")) {
            return;
        }
        change("卸载模块", "Uninstalling the module", x -> a -> {
            a.uninstall(site.session().actor(), x.id());
            return null;
        });
    }

    private void chooseArchive() {
        FileDialog dialog = new FileDialog(site.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.zip"});
        String file = dialog.open();
        if (file != null) {
            repository.setText(Path.of(file).toUri().toString());
        }
    }

    /** The repository typed, or a message and null when it is not a URI of a kind module management reads. */
    private URI repositoryUri() {
        String text = repository.getText().strip();
        try {
            if (text.isEmpty()) {
                throw new ValidationException("repository", "请填写更新站点地址 (enter the update site's location)");
            }
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !List.of("file", "http", "https", "jar").contains(scheme.toLowerCase())) {
                throw new ValidationException("repository",
                        "地址须以 file:、http:、https: 开头 (the location must be a file:, http: or https: URL): " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            site.showError(new ValidationException("repository", "地址格式不正确 (not a valid URL): " + text));
        } catch (ValidationException e) {
            site.showError(e);
        }
        return null;
    }

    private static boolean isArchive(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme()) && uri.getPath() != null && uri.getPath().toLowerCase().endsWith(".zip");
    }

    /** Lists what the repository offers. */
    public void listAvailable() {
        ModuleAdmin a = admin.get();
        URI uri = repositoryUri();
        if (a == null || uri == null || !isAdmin) {
            return;
        }
        URI read = isArchive(uri) ? URI.create("jar:" + uri + "!/") : uri;
        available.load("读取更新站点", "Reading the update site", monitor -> a.available(site.session().actor(), read));
        updateButtons();
    }

    /** Installs or updates the module selected in the available list from the repository (or archive). */
    public void installSelected() {
        ModuleAdmin a = admin.get();
        AvailableModule m = available.selected();
        URI uri = repositoryUri();
        if (a == null || m == null || uri == null || !isAdmin) {
            return;
        }
        String verb = m.installedVersion() == null || m.installedVersion().isBlank() ? t.t("安装", "Installing")
                : t.t("更新", "Updating");
        site.run(verb + " " + m.id(), changing(verb + " " + m.id(), monitor -> isArchive(uri)
                ? a.installArchive(site.session().actor(), m.id(), Path.of(uri))
                : a.install(site.session().actor(), m.id(), uri)), r -> {
                    site.status(verb + " " + m.id() + " " + r.version() + t.t("：完成", ": done"));
                    refresh();
                    listAvailable();
                });
    }

    /** The buttons, so a caller (or a test) can see which actions are on and press them. */
    public Button stopButton() {
        return stop;
    }

    public Button startButton() {
        return start;
    }

    public Button uninstallButton() {
        return uninstall;
    }

    public Button listButton() {
        return list;
    }

    public Button installButton() {
        return install;
    }

    @Override
    public void setFocus() {
        installed.filterBox().setFocus();
    }
}
