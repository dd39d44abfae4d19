package org.xingfeng.matters.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListMetricsService;
import org.xingfeng.matters.api.ListVersionService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 事项清单: every logged-in user reads the list; editors (matters.editor, admin) change it. */
@Component(service = ViewContribution.class)
public class MattersListViewContribution extends NamedViewContribution {

    private final MatterItemService items;
    private final ListMetricsService metrics;
    private final ListVersionService versions;
    private final OrgService org;

    @Activate
    public MattersListViewContribution(@Reference MatterItemService items, @Reference ListMetricsService metrics,
            @Reference ListVersionService versions, @Reference OrgService org) {
        super("matters.list", "matters", MattersTexts.MESSAGES.text("list.title"), 10);
        this.items = items;
        this.metrics = metrics;
        this.versions = versions;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new MattersListView(parent, site, items, metrics, versions, org);
    }
}
