package org.xingfeng.matters.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.CertificateRegisterService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 减证便民台账: every logged-in user (the service reads within the user's reach). */
@Component(service = ViewContribution.class)
public class CertificateRegisterViewContribution extends NamedViewContribution {

    private final CertificateRegisterService registers;
    private final OrgService org;

    @Activate
    public CertificateRegisterViewContribution(@Reference CertificateRegisterService registers,
            @Reference OrgService org) {
        super("matters.certificates", "matters", MattersTexts.MESSAGES.text("certificates.title"), 40);
        this.registers = registers;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CertificateRegisterView(parent, site, registers, org);
    }
}
