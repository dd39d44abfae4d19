package org.xingfeng.platform.ui.internal.views;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 用户与角色: administrators only. */
@Component(service = ViewContribution.class)
public class UsersViewContribution implements ViewContribution {

    private final UserService users;
    private final ModuleRegistry modules;
    private final OrgService org;

    @Activate
    public UsersViewContribution(@Reference UserService users, @Reference ModuleRegistry modules, @Reference OrgService org) {
        this.users = users;
        this.modules = modules;
        this.org = org;
    }

    @Override
    public String id() {
        return "platform.users";
    }

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("用户与角色", "Users and roles");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new UsersView(parent, site, users, modules, org);
    }
}
