package org.xingfeng.evaluations.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 整改任务 (Rectification tasks): every logged-in user reads; officers change. */
@Component(service = ViewContribution.class)
public class TasksViewContribution extends NamedViewContribution {

    private final RectificationTaskService tasks;
    private final OrgService org;

    @Activate
    public TasksViewContribution(@Reference RectificationTaskService tasks, @Reference OrgService org) {
        super("evaluations.tasks", EvalTexts.MODULE, EvalTexts.MESSAGES.text("tasks.title"), 70);
        this.tasks = tasks;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new TasksView(parent, site, tasks, org);
    }
}
