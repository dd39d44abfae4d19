package org.xingfeng.demands.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 民生诉求: intake, my tasks, the next step and a demand's history. */
@Component(service = ViewContribution.class)
public class DemandsViewContribution extends NamedViewContribution {

    private final DemandService demands;
    private final OrgService org;

    @Activate
    public DemandsViewContribution(@Reference DemandService demands, @Reference OrgService org) {
        super("demands.demands", DemandsUi.MODULE, DemandsUi.MESSAGES.text("view.demands"), 70, DemandsUi.READERS);
        this.demands = demands;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new DemandsView(parent, site, demands, org);
    }
}
