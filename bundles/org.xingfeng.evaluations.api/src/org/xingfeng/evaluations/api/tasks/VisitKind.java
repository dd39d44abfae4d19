package org.xingfeng.evaluations.api.tasks;

/** 模拟调查 (a mock satisfaction survey of service users) or 暗访 (an unannounced mystery-shopper visit). */
public enum VisitKind {
    MOCK_SURVEY("模拟调查"), MYSTERY_SHOPPER("暗访");

    private final String nameZh;

    VisitKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** By name (any case) or Chinese label; null when neither. */
    public static VisitKind parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (VisitKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.nameZh.equals(t)) {
                return k;
            }
        }
        return null;
    }
}
