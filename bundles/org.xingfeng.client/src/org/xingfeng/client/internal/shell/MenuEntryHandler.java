package org.xingfeng.client.internal.shell;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.ui.MenuContribution;

import jakarta.inject.Named;

/** Runs a module's menu entry: the item's persisted state names the {@link MenuContribution}. */
public class MenuEntryHandler {

    @Execute
    public void run(MDirectMenuItem item, MApplication application,
            @org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String id = item.getPersistedState().get(ContributionsAddon.MENU_ID);
        ContributionRegistry registry = application.getContext().get(ContributionRegistry.class);
        MenuContribution menu = registry.menu(id).orElse(null);
        if (menu == null) {
            return;
        }
        Shell target = shell != null ? shell : Display.getCurrent().getActiveShell();
        ClientViewSite site = new ClientViewSite(application.getContext(), target);
        try {
            menu.run(site);
        } catch (RuntimeException e) {
            site.showError(e);
        }
    }
}
