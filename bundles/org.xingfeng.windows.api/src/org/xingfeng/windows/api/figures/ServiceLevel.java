package org.xingfeng.windows.api.figures;

/**
 * 服务水平 of one part (an hour "09", a day, a window number, a staff member, a matter): tickets taken, served (started),
 * no-shows (过号: called and not come); waits (taken to first call) and service times (start to finish), average and
 * maximum in seconds; the share of calls within the target wait and the no-show share (0..1, null without tickets);
 * appointments of the part's days (not cancelled), the appointment no-shows among them (爽约: not checked in by their
 * expiry) and their share of the appointments whose outcome is known (checked in or expired; null without any). By
 * window and staff member appointments are not counted (a booking has neither); by hour they count at their slot's hour.
 */
public record ServiceLevel(String key, String label, int taken, int served, int noShows, long averageWaitSeconds,
        long maxWaitSeconds, long averageServiceSeconds, long maxServiceSeconds, Double withinTarget,
        Double noShowShare, int appointments, int appointmentNoShows, Double appointmentNoShowShare) {
}
