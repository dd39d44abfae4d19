package org.xingfeng.windows.api.stars;

/** The lists of the yearly selection (seed 003). */
public enum SelectionKind {
    MODEL("标兵窗口"), GOOD("优质窗口"), POOR("差评窗口");

    private final String nameZh;

    SelectionKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
