package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 评价列表 (Evaluations): every logged-in user (other staff see the evaluations of themselves). */
@Component(service = ViewContribution.class)
public class EvaluationListViewContribution extends NamedViewContribution {

    private final EvaluationService evaluations;
    private final EvaluationCases cases;
    private final Appeals appeals;
    private final OrgService org;

    @Activate
    public EvaluationListViewContribution(@Reference EvaluationService evaluations, @Reference EvaluationCases cases,
            @Reference Appeals appeals,
            @Reference OrgService org) {
        super("evaluations.list", EvalTexts.MODULE, EvalTexts.MESSAGES.text("list.title"), 10);
        this.evaluations = evaluations;
        this.cases = cases;
        this.appeals = appeals;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new EvaluationListView(parent, site, evaluations, cases, appeals, org, 100);
    }
}
