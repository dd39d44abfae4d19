package org.xingfeng.platform.ui.internal.views;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 审计日志: administrators and auditors. */
@Component(service = ViewContribution.class)
public class AuditViewContribution implements ViewContribution {

    private final AuditLog audit;

    @Activate
    public AuditViewContribution(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return "platform.audit";
    }

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("审计日志", "Audit log");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.AUDITOR);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new AuditView(parent, site, audit);
    }
}
