package org.xingfeng.windows.api.standard;

/**
 * An item of the hall standard (大厅标准化配置): its code, name, category (设备 equipment, 设施 facilities, 便民 convenience),
 * and the quantity a hall needs at least. The default standard is seed 001's list.
 */
public record StandardItem(long id, String code, String name, String category, int requiredQuantity) {
}
