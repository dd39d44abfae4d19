package org.xingfeng.platform.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 用户与角色: administrators only. */
@Component(service = ViewContribution.class)
public class UsersViewContribution extends NamedViewContribution {

    private final UserService users;
    private final ModuleRegistry modules;
    private final OrgService org;

    @Activate
    public UsersViewContribution(@Reference UserService users, @Reference ModuleRegistry modules,
            @Reference OrgService org) {
        super("platform.users", "platform", ViewTexts.MESSAGES.text("users.title"), 20, Roles.ADMIN);
        this.users = users;
        this.modules = modules;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new UsersView(parent, site, users, modules, org);
    }
}
