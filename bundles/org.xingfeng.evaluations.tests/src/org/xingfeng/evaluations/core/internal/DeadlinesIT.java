package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;

/** Case deadlines over weekends and the 2026 National Day holiday, on the platform's real calendar service. */
class DeadlinesIT {

    @Test
    void callbackAndRectificationDeadlinesCountWorkingDays() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(DeadlinesIT.class).getBundleContext();
        ServiceTracker<WorkingDayCalendar, WorkingDayCalendar> tracker = new ServiceTracker<>(context,
                WorkingDayCalendar.class, null);
        tracker.open();
        try {
            WorkingDayCalendar calendar = tracker.waitForService(60_000);
            EvaluationServiceImpl.Deadlines d = EvaluationServiceImpl.deadlines(calendar, LocalDate.of(2026, 9, 30), 1,
                    15);
            // 1-7 October are the holiday; the 8th (Thursday) is the first working day after the 30th
            assertEquals(LocalDate.of(2026, 10, 8), d.callback());
            // 8, 9, 10 (adjusted Saturday), 12-16, 19-23, 26, 27 October: the 15th working day is the 27th
            assertEquals(LocalDate.of(2026, 10, 27), d.rectify());
            // a bad review on a Friday is called back on Monday
            assertEquals(LocalDate.of(2026, 11, 23),
                    EvaluationServiceImpl.deadlines(calendar, LocalDate.of(2026, 11, 20), 1, 15).callback());
            // and one on a Saturday too: Monday is the first working day after it
            assertEquals(LocalDate.of(2026, 11, 23),
                    EvaluationServiceImpl.deadlines(calendar, LocalDate.of(2026, 11, 21), 1, 15).callback());
        } finally {
            tracker.close();
        }
    }
}
