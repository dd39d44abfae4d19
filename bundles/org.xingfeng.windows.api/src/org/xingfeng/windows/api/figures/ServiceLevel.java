package org.xingfeng.windows.api.figures;

/**
 * 服务水平 of one part (an hour "09", a day, a window number, a staff member, a matter): tickets taken, served (started),
 * no-shows; waits (taken to first call) and service times (start to finish), average and maximum in seconds; the share
 * of calls within the target wait and the no-show share (0..1, null without tickets).
 */
public record ServiceLevel(String key, String label, int taken, int served, int noShows, long averageWaitSeconds,
        long maxWaitSeconds, long averageServiceSeconds, long maxServiceSeconds, Double withinTarget,
        Double noShowShare) {
}
