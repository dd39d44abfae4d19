package org.xingfeng.client.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.renderers.swt.MenuManagerRenderer;
import org.eclipse.jface.action.MenuManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.ui.ClientSession;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.MenuContribution;
import org.xingfeng.platform.ui.ViewContribution;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The model add-on that makes modules' contributions (whiteboard services) appear and vanish while the client
 * runs. It tracks {@link ViewContribution}, {@link DashboardTile} and {@link MenuContribution} services on the
 * bundle context and applies every change on the UI thread: the {@link ContributionRegistry} (which the
 * navigator and the dashboard show) and the module menus change, and the parts of a view that went away are
 * closed. Contributions restricted to roles the logged-in user lacks are left out.
 */
public class ContributionsAddon {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionsAddon.class);

    public static final String MENU_ID = "xingfeng.menu";
    static final String MODULE_MENU_PREFIX = "xingfeng.menu.module.";
    static final String MENU_HANDLER_URI = "bundleclass://org.xingfeng.client/" + MenuEntryHandler.class.getName();

    @Inject
    MApplication application;
    @Inject
    UISynchronize ui;
    @Inject
    EModelService models;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    ClientSession session;
    @Inject
    ClientTexts messages;

    /**
     * When a contribution's service object cannot be had (its component failed to activate, e.g. while its module's
     * bundles were being refreshed by an install), it is asked for again after these delays before it is given up.
     */
    private static final long[] RETRY_MS = { 500, 2_000, 8_000 };

    /** The listeners are told on the UI thread, after the changes queued there with them. */
    private final ContributionRegistry registry = new ContributionRegistry(task -> ui.asyncExec(task));
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xingfeng-contribution-retry");
        t.setDaemon(true);
        return t;
    });
    private ModuleNames moduleNames;
    private volatile boolean stopped;

    @PostConstruct
    public void start(IEclipseContext context) {
        context.set(ContributionRegistry.class, registry);
        if (session == null) {
            return; // nobody logged in: the window is not shown and nothing is contributed
        }
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        moduleNames = new ModuleNames(bundleContext);
        context.set(ModuleNames.class, moduleNames);
        trackers.add(track(bundleContext, ViewContribution.class, this::viewAdded, this::viewRemoved));
        trackers.add(track(bundleContext, DashboardTile.class, this::tileAdded, registry::removeTile));
        trackers.add(track(bundleContext, MenuContribution.class, this::menuAdded, this::menuRemoved));
    }

    @PreDestroy
    public void stop() {
        stopped = true;
        trackers.forEach(ServiceTracker::close);
        retries.shutdownNow();
        if (moduleNames != null) {
            moduleNames.close();
        }
    }

    private <S> ServiceTracker<S, Object> track(BundleContext bc, Class<S> type, Consumer<S> added,
            Consumer<S> removed) {
        ServiceTracker<S, Object> tracker = new ServiceTracker<>(bc, type, null) {
            @Override
            public Object addingService(ServiceReference<S> reference) {
                S service = context.getService(reference);
                if (service != null) {
                    later(() -> added.accept(service));
                    return service;
                }
                Pending<S> pending = new Pending<>(reference);
                retry(context, pending, 0, added);
                return pending;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void removedService(ServiceReference<S> reference, Object tracked) {
                S service = tracked instanceof Pending<?> p ? ((Pending<S>) p).cancel() : (S) tracked;
                if (service != null) {
                    later(() -> removed.accept(service));
                    context.ungetService(reference);
                }
            }
        };
        tracker.open();
        return tracker;
    }

    private <S> void retry(BundleContext bc, Pending<S> pending, int attempt, Consumer<S> added) {
        if (stopped) {
            return;
        }
        if (attempt >= RETRY_MS.length) {
            LOG.warn("contribution {} could not be had; it stays out of the navigator", pending.reference);
            return;
        }
        try {
            retries.schedule(() -> retryNow(bc, pending, attempt, added), RETRY_MS[attempt], TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the add-on stopped meanwhile
        }
    }

    private <S> void retryNow(BundleContext bc, Pending<S> pending, int attempt, Consumer<S> added) {
        if (pending.cancelled() || stopped) {
            return;
        }
        S service = bc.getService(pending.reference);
        if (service == null) {
            retry(bc, pending, attempt + 1, added);
        } else if (pending.obtained(service)) {
            later(() -> added.accept(service));
        } else {
            bc.ungetService(pending.reference);
        }
    }

    /** A tracked contribution whose service object is still being asked for. */
    private static final class Pending<S> {
        final ServiceReference<S> reference;
        private S service;
        private boolean cancelled;

        Pending(ServiceReference<S> reference) {
            this.reference = reference;
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        /** Keeps the service object had at last; false when the contribution went away meanwhile. */
        synchronized boolean obtained(S s) {
            if (cancelled) {
                return false;
            }
            service = s;
            return true;
        }

        /** The contribution went away: no more asking; the service object had, if any, to be taken down. */
        synchronized S cancel() {
            cancelled = true;
            return service;
        }
    }

    /** Service events arrive on any thread (often one that holds framework locks): apply them later on the UI thread. */
    private void later(Runnable change) {
        ui.asyncExec(() -> {
            if (!stopped) {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    // a contribution that fails must not break the shell or bother the user with a dialog
                    LOG.warn("contribution change failed: {}", e.toString());
                }
            }
        });
    }

    private boolean visible(java.util.Set<String> roles) {
        return ContributionRegistry.visibleTo(session.actor(), roles);
    }

    private void viewAdded(ViewContribution view) {
        if (visible(view.roles())) {
            registry.putView(view);
        }
    }

    private void viewRemoved(ViewContribution view) {
        if (registry.removeView(view)) {
            ViewParts.partsOf(models, application, view.id()).forEach(p -> ViewParts.close(p, models));
        }
    }

    private void tileAdded(DashboardTile tile) {
        if (visible(tile.roles())) {
            registry.putTile(tile);
        }
    }

    private void menuAdded(MenuContribution menu) {
        if (!visible(menu.roles())) {
            return;
        }
        registry.putMenu(menu);
        for (MWindow window : application.getChildren()) {
            if (window.getMainMenu() == null) {
                continue;
            }
            MMenu moduleMenu = moduleMenu(window.getMainMenu(), menu.moduleId());
            for (MMenuElement e : List.copyOf(moduleMenu.getChildren())) {
                if (menu.id().equals(e.getPersistedState().get(MENU_ID))) {
                    e.setToBeRendered(false);
                    moduleMenu.getChildren().remove(e);
                }
            }
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            item.setElementId("xingfeng.menuitem." + menu.id());
            item.setLabel(menu.label(messages.locale()));
            item.setContributionURI(MENU_HANDLER_URI);
            item.getPersistedState().put(MENU_ID, menu.id());
            item.getTransientData().put("xingfeng.order", menu.order());
            int at = 0;
            for (MMenuElement e : moduleMenu.getChildren()) {
                Object order = e.getTransientData().get("xingfeng.order");
                if (order instanceof Integer o && o > menu.order()) {
                    break;
                }
                at++;
            }
            moduleMenu.getChildren().add(at, item);
            refresh(window.getMainMenu());
        }
    }

    /** The menu bar's manager does not notice a new or removed top-level menu by itself: tell it. */
    private static void refresh(MMenu mainMenu) {
        if (mainMenu.getRenderer() instanceof MenuManagerRenderer renderer) {
            MenuManager manager = renderer.getManager(mainMenu);
            if (manager != null) {
                manager.updateAll(true);
            }
        }
    }

    private MMenu moduleMenu(MMenu mainMenu, String moduleId) {
        for (MMenuElement e : mainMenu.getChildren()) {
            if (e instanceof MMenu m && (MODULE_MENU_PREFIX + moduleId).equals(m.getElementId())) {
                return m;
            }
        }
        MMenu m = models.createModelElement(MMenu.class);
        m.setElementId(MODULE_MENU_PREFIX + moduleId);
        m.setLabel(moduleNames.name(moduleId, messages.locale()));
        mainMenu.getChildren().add(m);
        return m;
    }

    private void menuRemoved(MenuContribution menu) {
        registry.removeMenu(menu);
        if (registry.menu(menu.id()).isPresent()) {
            return;
        }
        for (MWindow window : application.getChildren()) {
            if (window.getMainMenu() == null) {
                continue;
            }
            for (MMenuElement e : List.copyOf(window.getMainMenu().getChildren())) {
                if (e instanceof MMenu m && (MODULE_MENU_PREFIX + menu.moduleId()).equals(m.getElementId())) {
                    // the renderer drops an item's menu entry when the item stops being rendered, not on removal
                    for (MMenuElement i : List.copyOf(m.getChildren())) {
                        if (menu.id().equals(i.getPersistedState().get(MENU_ID))) {
                            i.setToBeRendered(false);
                            m.getChildren().remove(i);
                        }
                    }
                    if (m.getChildren().isEmpty()) {
                        m.setVisible(false);
                        m.setToBeRendered(false);
                        window.getMainMenu().getChildren().remove(m);
                    }
                    refresh(window.getMainMenu());
                }
            }
        }
    }
}
