package org.xingfeng.client.internal.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.ui.DashboardTile;
import org.xingfeng.platform.ui.MenuContribution;
import org.xingfeng.platform.ui.ViewContribution;

/**
 * The contributions the logged-in user may see now, by id. Changed and read on the UI thread only (the
 * {@link ContributionsAddon} applies service changes through {@code UISynchronize}); the navigator and the
 * dashboard listen for changes. Arrivals are told once for a burst (a module's contributions arrive one service at a
 * time, and each telling rebuilds the navigator and the dashboard's tiles); a removal is told at once, so that what
 * goes is taken down while its module's services are still there.
 */
public final class ContributionRegistry {

    /** Told on the UI thread after every change. */
    public interface Listener {
        void changed();
    }

    private final Map<String, ViewContribution> views = new LinkedHashMap<>();
    private final Map<String, DashboardTile> tiles = new LinkedHashMap<>();
    private final Map<String, MenuContribution> menus = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    /** Runs the telling later on the UI thread, after the changes already queued there. */
    private final java.util.function.Consumer<Runnable> later;
    private boolean tellingQueued;

    /** {@code later}: runs a task on the UI thread after what is queued there (e.g. {@code UISynchronize::asyncExec}). */
    public ContributionRegistry(java.util.function.Consumer<Runnable> later) {
        this.later = later;
    }

    /** Whether a user with these roles may see something restricted to {@code required} (empty: everybody). */
    public static boolean visibleTo(Actor actor, Set<String> required) {
        return required == null || required.isEmpty() || required.stream().anyMatch(actor::hasRole);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    void putView(ViewContribution v) {
        views.put(v.id(), v);
        fireSoon();
    }

    /** Removes the view if this very contribution is the one registered under its id. */
    boolean removeView(ViewContribution v) {
        boolean removed = views.remove(v.id(), v);
        fire();
        return removed;
    }

    void putTile(DashboardTile t) {
        tiles.put(t.id(), t);
        fireSoon();
    }

    void removeTile(DashboardTile t) {
        tiles.remove(t.id(), t);
        fire();
    }

    void putMenu(MenuContribution m) {
        menus.put(m.id(), m);
        fireSoon();
    }

    void removeMenu(MenuContribution m) {
        menus.remove(m.id(), m);
        fire();
    }

    public Optional<ViewContribution> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    public Optional<MenuContribution> menu(String id) {
        return Optional.ofNullable(menus.get(id));
    }

    /** Views sorted by module, then order and id. */
    public List<ViewContribution> views() {
        List<ViewContribution> list = new ArrayList<>(views.values());
        list.sort(Comparator.comparing(ViewContribution::moduleId).thenComparingInt(ViewContribution::order)
                .thenComparing(ViewContribution::id));
        return list;
    }

    public List<DashboardTile> tiles() {
        List<DashboardTile> list = new ArrayList<>(tiles.values());
        list.sort(Comparator.comparingInt(DashboardTile::order).thenComparing(DashboardTile::moduleId)
                .thenComparing(DashboardTile::id));
        return list;
    }

    public List<MenuContribution> menus() {
        List<MenuContribution> list = new ArrayList<>(menus.values());
        list.sort(Comparator.comparing(MenuContribution::moduleId).thenComparingInt(MenuContribution::order)
                .thenComparing(MenuContribution::id));
        return list;
    }

    /** Tells the listeners after the changes queued on the UI thread with this one, once for all of them. */
    private void fireSoon() {
        if (tellingQueued) {
            return;
        }
        tellingQueued = true;
        later.accept(() -> {
            tellingQueued = false;
            fire();
        });
    }

    private void fire() {
        for (Listener l : List.copyOf(listeners)) {
            l.changed();
        }
    }
}
