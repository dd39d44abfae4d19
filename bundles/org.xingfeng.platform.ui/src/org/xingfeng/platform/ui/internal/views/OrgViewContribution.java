package org.xingfeng.platform.ui.internal.views;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 组织机构与人员: every logged-in user reads the tree and staff; administrators edit them. */
@Component(service = ViewContribution.class)
public class OrgViewContribution implements ViewContribution {

    private final OrgService org;

    @Activate
    public OrgViewContribution(@Reference OrgService org) {
        this.org = org;
    }

    @Override
    public String id() {
        return "platform.org";
    }

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("组织机构与人员", "Organisation and staff");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new OrgView(parent, site, org);
    }
}
