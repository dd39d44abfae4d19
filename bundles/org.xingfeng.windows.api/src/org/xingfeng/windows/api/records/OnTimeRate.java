package org.xingfeng.windows.api.records;

/**
 * 按时办结率 of one part (a matter, window, staff member, unit or month; {@code key} null and label 合计 for the total):
 * records completed, those completed by their due date, and the share (null when none was completed).
 */
public record OnTimeRate(String key, String label, long completed, long onTime, Double rate) {
}
