package org.xingfeng.platform.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 组织机构与人员: every logged-in user reads the tree and staff; administrators edit them. */
@Component(service = ViewContribution.class)
public class OrgViewContribution extends NamedViewContribution {

    private final OrgService org;

    @Activate
    public OrgViewContribution(@Reference OrgService org) {
        super("platform.org", "platform", ViewTexts.MESSAGES.text("org.title"), 10);
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new OrgView(parent, site, org);
    }
}
