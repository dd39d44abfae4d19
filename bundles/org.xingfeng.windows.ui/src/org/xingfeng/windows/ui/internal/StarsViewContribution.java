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
import org.xingfeng.windows.api.stars.StarService;

/** 星级窗口与年度评选. */
@Component(service = ViewContribution.class)
public class StarsViewContribution extends NamedViewContribution {

    private final StarService stars;
    private final OrgService org;
    private final BureauTime time;

    @Activate
    public StarsViewContribution(@Reference StarService stars, @Reference OrgService org, @Reference BureauTime time) {
        super("windows.stars", WindowsUi.MODULE, WindowsUi.MESSAGES.text("view.stars"), 70, WindowsUi.READERS);
        this.stars = stars;
        this.org = org;
        this.time = time;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new StarsView(parent, site, stars, org, time);
    }
}
