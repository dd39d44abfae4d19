package org.xingfeng.training.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.training.api.attendance.AttendanceService;
import org.xingfeng.training.api.standing.StandingService;

/** 培训档案: a person's history and standing (every member of staff sees their own). */
@Component(service = ViewContribution.class)
public class PersonViewContribution extends NamedViewContribution {

    private final AttendanceService attendance;
    private final StandingService standing;
    private final OrgService org;

    @Activate
    public PersonViewContribution(@Reference AttendanceService attendance, @Reference StandingService standing,
            @Reference OrgService org) {
        super("training.person", TrainingUi.MODULE, TrainingUi.MESSAGES.text("view.person"), 30,
                TrainingUi.COURSE_READERS);
        this.attendance = attendance;
        this.standing = standing;
        this.org = org;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new PersonView(parent, site, attendance, standing, org);
    }
}
