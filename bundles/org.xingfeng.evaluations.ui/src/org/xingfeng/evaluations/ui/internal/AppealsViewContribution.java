package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 申诉复核 (Appeals): reviewers decide; officers, auditors and administrators read. */
@Component(service = ViewContribution.class)
public class AppealsViewContribution implements ViewContribution {

    private final Appeals appeals;
    private final EvaluationService evaluations;
    private final OrgService org;

    @Activate
    public AppealsViewContribution(@Reference Appeals appeals, @Reference EvaluationService evaluations, @Reference OrgService org) {
        this.appeals = appeals;
        this.evaluations = evaluations;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.appeals";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("申诉复核", "Appeals");
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> roles() {
        return Set.of(EvalTexts.OFFICER, EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new AppealsView(parent, site, appeals, evaluations, org);
    }
}
