package org.xingfeng.windows.api.standard;

/** A hall's count of one standard item: {@code missing} is what lacks to the required quantity (0 when complete). */
public record InventoryLine(String itemCode, String itemName, String category, int required, int present,
        int missing) {
}
