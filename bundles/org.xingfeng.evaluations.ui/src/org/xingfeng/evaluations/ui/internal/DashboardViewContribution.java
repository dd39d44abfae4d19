package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 满意度看板 (Satisfaction dashboard): officers, reviewers, auditors and administrators. */
@Component(service = ViewContribution.class)
public class DashboardViewContribution implements ViewContribution {

    private final SatisfactionReports reports;
    private final EvaluationCases cases;
    private final OrgService org;

    @Activate
    public DashboardViewContribution(@Reference SatisfactionReports reports, @Reference EvaluationCases cases, @Reference OrgService org) {
        this.reports = reports;
        this.cases = cases;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.dashboard";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("满意度看板", "Satisfaction dashboard");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new DashboardView(parent, site, reports, cases, org);
    }
}
