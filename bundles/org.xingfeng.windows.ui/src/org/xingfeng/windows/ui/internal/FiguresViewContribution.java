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
import org.xingfeng.windows.api.figures.FiguresService;
import org.xingfeng.windows.api.halls.HallService;

/** 服务水平: waits, service times and the share within the target wait, by hour, day, window, staff and matter; coverage. */
@Component(service = ViewContribution.class)
public class FiguresViewContribution extends NamedViewContribution {

    private final HallService halls;
    private final FiguresService figures;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public FiguresViewContribution(@Reference HallService halls, @Reference FiguresService figures,
            @Reference OrgService org,
            @Reference BureauTime time) {
        super("windows.figures", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.figures"), 60, WindowsUi.READERS);
        this.halls = halls;
        this.figures = figures;
        this.org = org;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new FiguresView(parent, site, halls, figures, org, time);
    }
}
