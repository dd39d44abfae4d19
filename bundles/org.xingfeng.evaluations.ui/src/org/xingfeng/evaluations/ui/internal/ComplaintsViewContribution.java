package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 投诉 (Complaints): officers register, verify and reply; reviewers, auditors and administrators read. */
@Component(service = ViewContribution.class)
public class ComplaintsViewContribution implements ViewContribution {

    private final ComplaintService complaints;
    private final OrgService org;

    @Activate
    public ComplaintsViewContribution(@Reference ComplaintService complaints, @Reference OrgService org) {
        this.complaints = complaints;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.complaints";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("投诉", "Complaints");
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ComplaintsView(parent, site, complaints, org);
    }
}
