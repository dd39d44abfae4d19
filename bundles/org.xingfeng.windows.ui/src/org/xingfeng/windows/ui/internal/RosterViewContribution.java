package org.xingfeng.windows.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.roster.RosterService;

/** 带班值班: the roster by day and the extended-hours and assisted-handling sessions. */
@Component(service = ViewContribution.class)
public class RosterViewContribution extends NamedViewContribution {

    private final HallService halls;
    private final WindowService windows;
    private final RosterService roster;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public RosterViewContribution(@Reference HallService halls, @Reference WindowService windows,
            @Reference RosterService roster,
            @Reference OrgService org, @Reference BureauTime time) {
        super("windows.roster", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.roster"), 40, WindowsUi.READERS);
        this.halls = halls;
        this.windows = windows;
        this.roster = roster;
        this.org = org;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new RosterView(parent, site, halls, windows, roster, org, time);
    }
}
