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
import org.xingfeng.publicity.api.surveys.FindingService;
import org.xingfeng.publicity.api.surveys.SurveyService;

/**
 * 调查结果 in the client's navigator: a survey's figures per question and area with charts, two rounds compared, and
 * the round's findings made rectification tasks.
 */
@Component(service = ViewContribution.class)
public class SurveyResultsViewContribution extends NamedViewContribution {

    private final SurveyService surveys;
    private final FindingService findings;
    private final OrgService org;

    @Activate
    public SurveyResultsViewContribution(@Reference SurveyService surveys, @Reference FindingService findings,
            @Reference OrgService org) {
        super("publicity.surveyResults", PublicityUi.MODULE, PublicityUi.MESSAGES.text("view.surveyResults"), 45,
                PublicityUi.READERS);
        this.surveys = surveys;
        this.findings = findings;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new SurveyResultsView(parent, site, surveys, findings, org);
    }
}
