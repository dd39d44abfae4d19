package org.xingfeng.demands.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.demands.api.supervision.SupervisionService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 督办与统计: the supervision board and the figures. */
@Component(service = ViewContribution.class)
public class SupervisionViewContribution extends NamedViewContribution {

    private final SupervisionService supervision;
    private final OrgService org;

    @Activate
    public SupervisionViewContribution(@Reference SupervisionService supervision, @Reference OrgService org) {
        super("demands.supervision", DemandsUi.MODULE, DemandsUi.MESSAGES.text("view.supervision"), 71,
                DemandsUi.READERS);
        this.supervision = supervision;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new SupervisionView(parent, site, supervision, org);
    }
}
