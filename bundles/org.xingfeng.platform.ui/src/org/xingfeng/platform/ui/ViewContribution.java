package org.xingfeng.platform.ui;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;

/**
 * A view a module contributes to the rich client, registered as a service (e.g. a DS component). The
 * navigator lists it under its module; opening it calls {@link #create} on the UI thread. When the service
 * is unregistered (its bundle stopped or uninstalled) the client closes the view and drops the entry.
 */
public interface ViewContribution {

    /** Unique and stable, {@code <module>.<view>}, e.g. {@code matters.list}. */
    String id();

    /** The module the view belongs to ({@code platform}, {@code matters}, ...): its group in the navigator. */
    String moduleId();

    /** The view's title in the given locale (Chinese for {@code zh}, English otherwise). */
    String label(Locale locale);

    /** Position within the module's group, lowest first. */
    default int order() {
        return 100;
    }

    /** Roles of which the user needs one to see the view; empty means every logged-in user. */
    default java.util.Set<String> roles() {
        return java.util.Set.of();
    }

    /** Builds the view's controls inside {@code parent}. Called on the UI thread. */
    ContributedView create(Composite parent, ViewSite site);
}
