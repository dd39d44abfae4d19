package org.xingfeng.matters.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MattersService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 事项清单: every logged-in user reads the list; editors (matters.editor, admin) change it. */
@Component(service = ViewContribution.class)
public class MattersListViewContribution extends NamedViewContribution {

    private final MattersService matters;
    private final OrgService org;

    @Activate
    public MattersListViewContribution(@Reference MattersService matters, @Reference OrgService org) {
        super("matters.list", "matters", "事项清单", "Matters list", 10);
        this.matters = matters;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new MattersListView(parent, site, matters, org);
    }
}
