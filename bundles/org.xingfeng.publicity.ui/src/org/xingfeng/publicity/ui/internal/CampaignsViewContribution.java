package org.xingfeng.publicity.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.publicity.api.campaigns.CampaignService;

/** 集中宣传看板: the campaigns in reach and a campaign's outputs rolled up the org tree. */
@Component(service = ViewContribution.class)
public class CampaignsViewContribution extends NamedViewContribution {

    private final CampaignService campaigns;
    private final OrgService org;

    @Activate
    public CampaignsViewContribution(@Reference CampaignService campaigns, @Reference OrgService org) {
        super("publicity.campaigns", PublicityUi.MODULE, PublicityUi.MESSAGES.text("view.campaigns"), 20,
                PublicityUi.READERS);
        this.campaigns = campaigns;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CampaignsView(parent, site, campaigns, org);
    }
}
