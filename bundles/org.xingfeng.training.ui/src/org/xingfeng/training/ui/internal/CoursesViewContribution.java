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
import org.xingfeng.training.api.courses.CourseService;
import org.xingfeng.training.api.materials.CourseMaterialService;

/** 培训课程: the course list and editor. */
@Component(service = ViewContribution.class)
public class CoursesViewContribution extends NamedViewContribution {

    private final CourseService courses;
    private final AttendanceService attendance;
    private final OrgService org;
    private final CourseMaterialService materials;

    @Activate
    public CoursesViewContribution(@Reference CourseService courses, @Reference AttendanceService attendance,
            @Reference OrgService org, @Reference CourseMaterialService materials) {
        super("training.courses", TrainingUi.MODULE, TrainingUi.MESSAGES.text("view.courses"), 10,
                TrainingUi.COURSE_READERS);
        this.courses = courses;
        this.attendance = attendance;
        this.org = org;
        this.materials = materials;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CoursesView(parent, site, courses, attendance, org, materials);
    }
}
