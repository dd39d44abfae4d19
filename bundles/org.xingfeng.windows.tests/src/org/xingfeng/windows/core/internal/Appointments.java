package org.xingfeng.windows.core.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.windows.api.appointments.AppointmentState;

/**
 * Bookings written straight into the module's table, for cases that need a booking at a given time whatever the time
 * of the test run (checking in needs a booking whose slot is about now, on today, even on a holiday).
 */
final class Appointments {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Appointments() {
    }

    /** A booked appointment of the hall: its id and reference. {@code now} puts its slot one minute ago, today. */
    static String[] insert(long hallId, long unitId, String matterCode, boolean now) {
        return insert(hallId, unitId, matterCode, now ? 1 : -24 * 60);
    }

    /**
     * A booked appointment of the hall whose slot began {@code minutesAgo} minutes ago (its expiry 30 minutes after):
     * its id, reference and date.
     */
    static String[] insert(long hallId, long unitId, String matterCode, int minutesAgo) {
        BundleContext context = FrameworkUtil.getBundle(WindowsDatabase.class).getBundleContext();
        ServiceReference<WindowsDatabase> ref = context.getServiceReference(WindowsDatabase.class);
        WindowsDatabase db = context.getService(ref);
        try {
            ZonedDateTime at = Instant.now().atZone(ZONE).minusMinutes(minutesAgo).truncatedTo(ChronoUnit.MINUTES);
            AppointmentEntity a = new AppointmentEntity();
            a.hallId = hallId;
            a.unitId = unitId;
            a.matterCode = matterCode;
            a.matterName = matterCode;
            a.date = at.toLocalDate();
            a.start = at.toLocalTime();
            a.end = at.toLocalTime().plusMinutes(30).isBefore(at.toLocalTime()) ? LocalTime.MAX
                    : at.toLocalTime().plusMinutes(30);
            a.citizenName = "测试";
            a.citizenPhone = "13800000000";
            a.reference = ("T" + Api.unique().replaceAll("[^A-Za-z0-9]", "")).toUpperCase();
            if (a.reference.length() > 16) {
                a.reference = a.reference.substring(a.reference.length() - 16);
            }
            a.state = AppointmentState.BOOKED.name();
            a.bookedAt = Timestamp.from(Instant.now());
            a.expiresAt = Timestamp.from(at.plusMinutes(30).toInstant());
            Jpa.run(db.emf(), em -> em.persist(a));
            return new String[] { a.id.toString(), a.reference, a.date.toString() };
        } finally {
            context.ungetService(ref);
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
