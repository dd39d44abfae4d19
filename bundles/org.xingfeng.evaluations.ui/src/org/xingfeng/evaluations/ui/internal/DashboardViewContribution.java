package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.SatisfactionReports;
import org.xingfeng.evaluations.api.indicators.IndicatorReports;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 满意度看板 (Satisfaction dashboard): officers, reviewers, auditors and administrators. */
@Component(service = ViewContribution.class)
public class DashboardViewContribution extends NamedViewContribution {

    private final SatisfactionReports reports;
    private final EvaluationCases cases;
    private final OrgService org;
    private final IndicatorReports indicators;

    @Activate
    public DashboardViewContribution(@Reference SatisfactionReports reports, @Reference EvaluationCases cases,
            @Reference OrgService org, @Reference IndicatorReports indicators) {
        super("evaluations.dashboard", EvalTexts.MODULE, EvalTexts.MESSAGES.text("dashboard.title"), 20,
                EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
        this.reports = reports;
        this.cases = cases;
        this.org = org;
        this.indicators = indicators;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new DashboardView(parent, site, reports, cases, org, indicators);
    }
}
