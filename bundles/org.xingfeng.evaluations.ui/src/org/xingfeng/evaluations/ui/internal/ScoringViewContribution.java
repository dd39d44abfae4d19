package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.scoring.SectionScoring;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 科室考评 (Section scoring): every member of staff reads rankings; officers enter sheets, auditors read them. */
@Component(service = ViewContribution.class)
public class ScoringViewContribution implements ViewContribution {

    private final SectionScoring scoring;
    private final OrgService org;

    @Activate
    public ScoringViewContribution(@Reference SectionScoring scoring, @Reference OrgService org) {
        this.scoring = scoring;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.scoring";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("科室考评", "Section scoring");
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new ScoringView(parent, site, scoring, org);
    }
}
