package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationCases;
import org.xingfeng.evaluations.api.Appeals;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 评价列表 (Evaluations): every logged-in user (other staff see the evaluations of themselves). */
@Component(service = ViewContribution.class)
public class EvaluationListViewContribution implements ViewContribution {

    private final EvaluationService evaluations;
    private final EvaluationCases cases;
    private final Appeals appeals;
    private final OrgService org;

    @Activate
    public EvaluationListViewContribution(@Reference EvaluationService evaluations, @Reference EvaluationCases cases, @Reference Appeals appeals,
            @Reference OrgService org) {
        this.evaluations = evaluations;
        this.cases = cases;
        this.appeals = appeals;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.list";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("评价列表", "Evaluations");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new EvaluationListView(parent, site, evaluations, cases, appeals, org, 100);
    }
}
