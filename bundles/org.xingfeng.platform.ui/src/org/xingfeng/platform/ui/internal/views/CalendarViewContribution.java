package org.xingfeng.platform.ui.internal.views;

import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.calendar.CalendarAdmin;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Texts;

/** 工作日历: every logged-in user reads it and counts working days; administrators edit the special days. */
@Component(service = ViewContribution.class)
public class CalendarViewContribution implements ViewContribution {

    private final CalendarAdmin admin;
    private final WorkingDayCalendar calendar;

    @Activate
    public CalendarViewContribution(@Reference CalendarAdmin admin, @Reference WorkingDayCalendar calendar) {
        this.admin = admin;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return "platform.calendar";
    }

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public String label(Locale locale) {
        return new Texts(locale).t("工作日历", "Working-day calendar");
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public ContributedView create(Composite parent, ViewSite site) {
        return new CalendarView(parent, site, admin, calendar);
    }
}
