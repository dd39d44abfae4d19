package org.xingfeng.windows.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;

/** 大厅与窗口: administrators set up halls and windows; every windows role reads them. */
@Component(service = ViewContribution.class)
public class HallsViewContribution extends NamedViewContribution {

    private final HallService halls;
    private final WindowService windows;
    private final OrgService org;

    @Activate
    public HallsViewContribution(@Reference HallService halls, @Reference WindowService windows,
            @Reference OrgService org) {
        super("windows.halls", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.halls"), 20, WindowsUi.READERS);
        this.halls = halls;
        this.windows = windows;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new HallsView(parent, site, halls, windows, org);
    }
}
