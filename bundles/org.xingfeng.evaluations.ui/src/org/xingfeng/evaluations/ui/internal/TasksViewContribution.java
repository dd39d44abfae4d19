package org.xingfeng.evaluations.ui.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 整改任务 (Rectification tasks): every logged-in user reads; officers change. */
@Component(service = ViewContribution.class)
public class TasksViewContribution implements ViewContribution {

    private final RectificationTaskService tasks;
    private final OrgService org;

    @Activate
    public TasksViewContribution(@Reference RectificationTaskService tasks, @Reference OrgService org) {
        this.tasks = tasks;
        this.org = org;
    }

    @Override
    public String id() {
        return "evaluations.tasks";
    }

    @Override
    public String moduleId() {
        return EvalTexts.MODULE;
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("整改任务", "Rectification tasks");
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new TasksView(parent, site, tasks, org);
    }
}
