package org.xingfeng.evaluations.api.tasks;

/** Where a rectification task came from: the self-check table (自查), a visit's finding (走访发现), or entered by hand. */
public enum TaskSource {
    SELF_CHECK("自查"), VISIT("走访发现"), MANUAL("手工录入");

    private final String nameZh;

    TaskSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** By name (any case) or Chinese label; null when neither. */
    public static TaskSource parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (TaskSource s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.nameZh.equals(t)) {
                return s;
            }
        }
        return null;
    }
}
