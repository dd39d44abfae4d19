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
import org.xingfeng.training.api.needs.TrainingNeedService;

/** 培训需求: training needs from citizens' evaluations. */
@Component(service = ViewContribution.class)
public class NeedsViewContribution extends NamedViewContribution {

    private final TrainingNeedService needs;

    @Activate
    public NeedsViewContribution(@Reference TrainingNeedService needs) {
        super("training.needs", TrainingUi.MODULE, TrainingUi.MESSAGES.text("view.needs"), 25,
                TrainingRoles.READERS);
        this.needs = needs;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new NeedsView(parent, site, needs);
    }
}
