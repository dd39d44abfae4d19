package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 差评处理 (Bad-review cases): officers, reviewers, auditors and administrators read; officers record steps. */
@Component(service = ViewContribution.class)
public class CasesViewContribution extends NamedViewContribution {

    private final EvaluationCases cases;
    private final OrgService org;

    @Activate
    public CasesViewContribution(@Reference EvaluationCases cases, @Reference OrgService org) {
        super("evaluations.cases", EvalTexts.MODULE, EvalTexts.MESSAGES.text("cases.title"), 30, EvalTexts.OFFICER,
                EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
        this.cases = cases;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CasesView(parent, site, cases, org);
    }
}
