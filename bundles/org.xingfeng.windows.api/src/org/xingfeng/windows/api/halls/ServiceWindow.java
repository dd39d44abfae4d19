package org.xingfeng.windows.api.halls;

import java.util.List;

/**
 * 窗口: a window of a hall with its number (unique in the hall, e.g. "3"), type, the matter codes it handles (sorted),
 * and its state. {@code unitId} is its hall's unit.
 */
public record ServiceWindow(long id, long hallId, long unitId, String number, String label, WindowType type,
        List<String> matterCodes, WindowState state) {

    public ServiceWindow {
        matterCodes = List.copyOf(matterCodes);
    }
}
