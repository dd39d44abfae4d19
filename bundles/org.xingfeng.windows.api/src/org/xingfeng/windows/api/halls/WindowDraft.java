package org.xingfeng.windows.api.halls;

import java.util.List;

/**
 * A window as created or changed. {@code hallId} in reach (400 naming it otherwise; a window does not move between
 * halls); {@code number} 1-10 letters or digits, unique in the hall; {@code matterCodes} at least one, each 1-64
 * characters; a {@link WindowType#SINGLE} window has codes of one matter only (one code). With the matters module
 * present, every code must be in the list of the hall's unit (400 naming {@code matterCodes[i]}).
 */
public record WindowDraft(Long hallId, String number, String label, WindowType type, List<String> matterCodes) {
}
