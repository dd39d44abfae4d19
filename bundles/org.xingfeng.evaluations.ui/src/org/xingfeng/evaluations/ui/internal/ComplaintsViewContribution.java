package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 投诉 (Complaints): officers register, verify and reply; reviewers, auditors and administrators read. */
@Component(service = ViewContribution.class)
public class ComplaintsViewContribution extends NamedViewContribution {

    private final ComplaintService complaints;
    private final OrgService org;

    @Activate
    public ComplaintsViewContribution(@Reference ComplaintService complaints, @Reference OrgService org) {
        super("evaluations.complaints", EvalTexts.MODULE, EvalTexts.MESSAGES.text("complaints.title"), 50,
                EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
        this.complaints = complaints;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ComplaintsView(parent, site, complaints, org);
    }
}
