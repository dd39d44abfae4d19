package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 差评处理 (Bad-review cases): officers, reviewers, auditors and administrators read; officers record steps. */
@Component(service = ViewContribution.class)
public class CasesViewContribution implements ViewContribution {

    private final EvaluationCases cases;
    private final OrgService org;

    @Activate
    public CasesViewContribution(@Reference EvaluationCases cases, @Reference OrgService org) {
        this.cases = cases;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.cases";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("差评处理", "Bad-review cases");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CasesView(parent, site, cases, org);
    }
}
