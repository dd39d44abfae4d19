package org.xingfeng.platform.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.NamedViewContribution;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;

/** 工作日历: every logged-in user reads it and counts working days; administrators edit the special days. */
@Component(service = ViewContribution.class)
public class CalendarViewContribution extends NamedViewContribution {

    private final CalendarAdmin admin;
    private final WorkingDayCalendar calendar;

    @Activate
    public CalendarViewContribution(@Reference CalendarAdmin admin, @Reference WorkingDayCalendar calendar) {
        super("platform.calendar", "platform", ViewTexts.MESSAGES.text("calendar.title"), 30);
        this.admin = admin;
        this.calendar = calendar;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CalendarView(parent, site, admin, calendar);
    }
}
