package org.xingfeng.training.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.training.api.TrainingRoles;
import org.xingfeng.training.api.standing.StandingService;

/** 培训覆盖率: the coverage dashboard with its chart. */
@Component(service = ViewContribution.class)
public class CoverageViewContribution extends NamedViewContribution {

    private final StandingService standing;

    @Activate
    public CoverageViewContribution(@Reference StandingService standing) {
        super("training.coverage", TrainingUi.MODULE, TrainingUi.MESSAGES.text("view.coverage"), 20,
                TrainingRoles.READERS);
        this.standing = standing;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CoverageView(parent, site, standing);
    }
}
