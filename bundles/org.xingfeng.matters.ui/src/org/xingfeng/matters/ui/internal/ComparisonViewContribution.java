package org.xingfeng.matters.ui.internal;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.MattersService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 六统一比对: every logged-in user. */
@Component(service = ViewContribution.class)
public class ComparisonViewContribution implements ViewContribution {

    private final MattersService matters;
    private final OrgService org;

    @Activate
    public ComparisonViewContribution(@Reference MattersService matters, @Reference OrgService org) {
        this.matters = matters;
        this.org = org;
    }

    @Override
    public String id() {
        return "matters.comparison";
    }

    @Override
    public String moduleId() {
        return "matters";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("六统一比对", "Comparison with the standard list");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ComparisonView(parent, site, matters, org);
    }
}
