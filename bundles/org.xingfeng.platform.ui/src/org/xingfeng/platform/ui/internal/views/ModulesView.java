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
        this.t = Texts.of(site, ModulesView.class);
        this.isAdmin = ViewTexts.isAdmin(site);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        mode = new Label(root, SWT.WRAP);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        installed = new DataTable<>(sash, site, t.get("modules.title"), List.of(
                Column.<InstalledModule>of(t.get("modules.module"), InstalledModule::id).width(110),
                Column.<InstalledModule>of(t.get("common.name"), m -> t.chinese() ? m.nameZh() : m.nameEn()).width(140),
                Column.<InstalledModule>of(t.get("modules.version"), InstalledModule::version).width(150),
                Column.<InstalledModule>of(t.get("modules.state"), m -> ViewTexts.state(t, m.state())).width(80),
                Column.<InstalledModule>of(t.get("modules.feature"), InstalledModule::featureId).width(170),
                Column.<InstalledModule>of(t.get("modules.bundles"), m -> m.bundles().size()).width(70)));
        stop = installed.addButton(t.get("modules.stop"), () -> change(t.get("modules.stoppingModule"),
                m -> a -> a.stop(site.session().actor(), m.id())));
        start = installed.addButton(t.get("modules.start"), () -> change(t.get("modules.startingModule"),
                m -> a -> a.start(site.session().actor(), m.id())));
        uninstall = installed.addButton(t.get("modules.uninstall"), this::uninstallSelected);
        installed.addButton(t.get("modules.refresh"), this::refresh);

        bundles = new DataTable<>(sash, site, t.get("modules.moduleBundles"), List.of(
                Column.<ModuleBundle>of(t.get("modules.bundle"), ModuleBundle::symbolicName).width(260),
                Column.<ModuleBundle>of(t.get("modules.version"), ModuleBundle::version).width(160),
                Column.<ModuleBundle>of(t.get("modules.state"), ModuleBundle::state).width(90)));
        installed.onSelection(m -> {
            bundles.setRows(m == null ? List.of() : m.bundles());
            updateButtons();
        });

        Group site0 = new Group(sash, SWT.NONE);
        site0.setText(t.get("modules.updateSite"));
        site0.setLayout(new GridLayout(4, false));
        new Label(site0, SWT.NONE).setText(t.get("modules.location"));
        repository = new Text(site0, SWT.BORDER);
        repository.setMessage(t.get("modules.updateSiteUrlFile"));
        repository.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse = new Button(site0, SWT.PUSH);
        browse.setText(t.get("modules.chooseArchive"));
        browse.addListener(SWT.Selection, e -> chooseArchive());
        list = new Button(site0, SWT.PUSH);
        list.setText(t.get("modules.listModules"));
        list.addListener(SWT.Selection, e -> listAvailable());
        available = new DataTable<>(site0, site, t.get("modules.availableModules"), List.of(
                Column.<AvailableModule>of(t.get("modules.module"), AvailableModule::id).width(110),
                Column.<AvailableModule>of(t.get("common.name"), AvailableModule::name).width(160),
                Column.<AvailableModule>of(t.get("modules.version"), AvailableModule::version).width(150),
                Column.<AvailableModule>of(t.get("modules.installedVersion"), AvailableModule::installedVersion)
                        .width(150)));
        available.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        install = available.addButton(t.get("modules.installUpdate"), this::installSelected);
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
            mode.setText(t.get("modules.noManagement"));
        } else if (!isAdmin) {
            mode.setText(t.get("modules.onlyAdministratorCanInstall"));
        } else {
            mode.setText(t.get("modules.installUpdateModulesFrom"));
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
        installed.load(t.get("modules.readingModules"), monitor -> a != null ? a.installed()
                : registry.modules().stream().map(ModulesView::fromRegistry).toList());
        InstalledModule m = installed.selected();
        bundles.setRows(m == null ? List.of() : m.bundles());
        updateButtons();
    }

    private static InstalledModule fromRegistry(ModuleInfo m) {
        return new InstalledModule(m.id(), "org.xingfeng." + m.id(), m.nameZh(), m.nameEn(), m.version(),
                ModuleState.ACTIVE,
                List.of());
    }

    private interface AdminCall {
        Object call(ModuleAdmin a) throws Exception;
    }

    private void change(String task, java.util.function.Function<InstalledModule, AdminCall> call) {
        InstalledModule m = installed.selected();
        ModuleAdmin a = admin.get();
        if (m == null || a == null || !isAdmin) {
            return;
        }
        AdminCall c = call.apply(m);
        site.run(task + " " + m.id(), changing(task + " " + m.id(), monitor -> c.call(a)), r -> {
            site.status(t.get("modules.done", task + " " + m.id()));
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
            monitor.subTask(t.get("modules.changingInstallationOnceBegun"));
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
        if (m == null || !Confirm.ask(site, t.get("modules.uninstallQuestion", m.id()))) {
            return;
        }
        change(t.get("modules.uninstallingModule"), x -> a -> {
            a.uninstall(site.session().actor(), x.id());
            return null;
        });
    }

    private void chooseArchive() {
        FileDialog dialog = new FileDialog(site.shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.zip" });
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
                throw new ValidationException("repository", ViewTexts.MESSAGES.text("error.enterUpdateSiteS"));
            }
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !List.of("file", "http", "https", "jar").contains(scheme.toLowerCase())) {
                throw new ValidationException("repository",
                        ViewTexts.MESSAGES.text("error.locationFileHttpHttps", text));
            }
            return uri;
        } catch (URISyntaxException e) {
            site.showError(new ValidationException("repository", ViewTexts.MESSAGES.text("error.notValidUrl", text)));
        } catch (ValidationException e) {
            site.showError(e);
        }
        return null;
    }

    private static boolean isArchive(URI uri) {
        return "file".equalsIgnoreCase(uri.getScheme()) && uri.getPath() != null
                && uri.getPath().toLowerCase().endsWith(".zip");
    }

    /** Lists what the repository offers. */
    public void listAvailable() {
        ModuleAdmin a = admin.get();
        URI uri = repositoryUri();
        if (a == null || uri == null || !isAdmin) {
            return;
        }
        URI read = isArchive(uri) ? URI.create("jar:" + uri + "!/") : uri;
        available.load(t.get("modules.readingUpdateSite"), monitor -> a.available(site.session().actor(), read));
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
        String verb = m.installedVersion() == null || m.installedVersion().isBlank() ? t.get("modules.installing")
                : t.get("modules.updating");
        site.run(verb + " " + m.id(), changing(verb + " " + m.id(), monitor -> isArchive(uri)
                ? a.installArchive(site.session().actor(), m.id(), Path.of(uri))
                : a.install(site.session().actor(), m.id(), uri)), r -> {
                    site.status(t.get("modules.done", verb + " " + m.id() + " " + r.version()));
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
