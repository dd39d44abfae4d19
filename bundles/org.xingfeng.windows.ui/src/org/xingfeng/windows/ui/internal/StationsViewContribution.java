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
import org.xingfeng.windows.api.stations.StationService;

/** 便民服务站网络: stations and the 15-minute circle's coverage. */
@Component(service = ViewContribution.class)
public class StationsViewContribution extends NamedViewContribution {

    private final StationService stations;
    private final OrgService org;

    @Activate
    public StationsViewContribution(@Reference StationService stations, @Reference OrgService org) {
        super("windows.stations", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.stations"), 80, WindowsUi.READERS);
        this.stations = stations;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new StationsView(parent, site, stations, org);
    }
}
