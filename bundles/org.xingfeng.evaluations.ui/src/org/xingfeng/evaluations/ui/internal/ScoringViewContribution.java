package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 科室考评 (Section scoring): every member of staff reads rankings; officers enter sheets, auditors read them. */
@Component(service = ViewContribution.class)
public class ScoringViewContribution extends NamedViewContribution {

    private final SectionScoring scoring;
    private final OrgService org;

    @Activate
    public ScoringViewContribution(@Reference SectionScoring scoring, @Reference OrgService org) {
        super("evaluations.scoring", EvalTexts.MODULE, EvalTexts.MESSAGES.text("scoring.title"), 60);
        this.scoring = scoring;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ScoringView(parent, site, scoring, org);
    }
}
