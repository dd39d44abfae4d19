package org.xingfeng.windows.api.standard;

/** A count of one item in a hall, as an inspector or administrator sets it ({@code present} 0..100000). */
public record InventoryCount(String itemCode, Integer present) {
}
