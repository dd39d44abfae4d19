package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 申诉复核 (Appeals): reviewers decide; officers, auditors and administrators read. */
@Component(service = ViewContribution.class)
public class AppealsViewContribution extends NamedViewContribution {

    private final Appeals appeals;
    private final EvaluationService evaluations;
    private final OrgService org;

    @Activate
    public AppealsViewContribution(@Reference Appeals appeals, @Reference EvaluationService evaluations,
            @Reference OrgService org) {
        super("evaluations.appeals", EvalTexts.MODULE, EvalTexts.MESSAGES.text("appeals.title"), 40, EvalTexts.OFFICER,
                EvalTexts.REVIEWER, Roles.AUDITOR, Roles.ADMIN);
        this.appeals = appeals;
        this.evaluations = evaluations;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new AppealsView(parent, site, appeals, evaluations, org);
    }
}
