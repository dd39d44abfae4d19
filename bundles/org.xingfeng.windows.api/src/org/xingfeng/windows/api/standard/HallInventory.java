package org.xingfeng.windows.api.standard;

import java.util.List;

/** A hall against the standard: a line per item, the items missing (codes), complete when none is. */
public record HallInventory(long hallId, String hallName, List<InventoryLine> lines, List<String> missingCodes,
        boolean complete) {

    public HallInventory {
        lines = List.copyOf(lines);
        missingCodes = List.copyOf(missingCodes);
    }
}
