package org.xingfeng.evaluations.api.tasks;

/**
 * Where a rectification task stands: the self-check states 未开始, 进行中, 已完成 that the unit reports, and
 * 已销号 once an officer has closed it off with evidence. Only {@link #CLOSED} ends the task.
 */
public enum TaskStatus {
    NOT_STARTED("未开始"), IN_PROGRESS("进行中"), COMPLETED("已完成"), CLOSED("已销号");

    private final String nameZh;

    TaskStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** By name ({@code IN_PROGRESS}, any case) or Chinese label; null when neither. */
    public static TaskStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (TaskStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.nameZh.equals(t)) {
                return s;
            }
        }
        return null;
    }
}
