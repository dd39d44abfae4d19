package org.xingfeng.publicity.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.publicity.api.surveys.SurveyService;

/** 问卷调查 in the client's navigator: the surveys in reach, their designer and the entry of paper questionnaires. */
@Component(service = ViewContribution.class)
public class SurveysViewContribution extends NamedViewContribution {

    private final SurveyService surveys;
    private final OrgService org;

    @Activate
    public SurveysViewContribution(@Reference SurveyService surveys, @Reference OrgService org) {
        super("publicity.surveys", PublicityUi.MODULE, PublicityUi.MESSAGES.text("view.surveys"), 40,
                PublicityUi.READERS);
        this.surveys = surveys;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new SurveysView(parent, site, surveys, org);
    }
}
