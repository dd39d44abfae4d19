package org.xingfeng.matters.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.ListComparisonService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 六统一比对: every logged-in user. */
@Component(service = ViewContribution.class)
public class ComparisonViewContribution extends NamedViewContribution {

    private final ListComparisonService comparisons;
    private final OrgService org;

    @Activate
    public ComparisonViewContribution(@Reference ListComparisonService comparisons, @Reference OrgService org) {
        super("matters.comparison", "matters", MattersTexts.MESSAGES.text("comparison.title"), 30);
        this.comparisons = comparisons;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ComparisonView(parent, site, comparisons, org);
    }
}
