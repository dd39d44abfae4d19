package org.xingfeng.platform.ui;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;

/** A tile on the client's start dashboard (a figure, a small chart, a list of overdue work), as a service. */
public interface DashboardTile {

    String id();

    String moduleId();

    String title(Locale locale);

    default int order() {
        return 100;
    }

    default java.util.Set<String> roles() {
        return java.util.Set.of();
    }

    /** Builds the tile's body inside {@code parent}, on the UI thread. */
    ContributedView create(Composite parent, ViewSite site);
}
