package org.xingfeng.platform.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.audit.AuditReader;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 审计日志: administrators and auditors. */
@Component(service = ViewContribution.class)
public class AuditViewContribution extends NamedViewContribution {

    private final AuditReader audit;

    @Activate
    public AuditViewContribution(@Reference AuditReader audit) {
        super("platform.audit", "platform", ViewTexts.MESSAGES.text("audit.title"), 40, Roles.ADMIN, Roles.AUDITOR);
        this.audit = audit;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new AuditView(parent, site, audit);
    }
}
