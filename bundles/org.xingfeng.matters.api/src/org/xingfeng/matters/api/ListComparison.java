package org.xingfeng.matters.api;

import java.util.List;

/**
 * 六统一 comparison of a unit's list with a standard list (normally its province's): sub-items the unit lacks,
 * sub-items the standard does not have, and, for the sub-items both have, every element that differs.
 * Sub-items are paired by basic code, or else by main item and name.
 */
public record ListComparison(long unitId, long standardUnitId, int paired, List<ItemRef> missing, List<ItemRef> extra,
        List<ItemDifference> different) {

    public ListComparison {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        different = List.copyOf(different);
    }

    /** A sub-item named by its main item, its name and its basic code. */
    public record ItemRef(String mainName, String subName, String basicCode) {
    }

    /** A sub-item both lists have, with the elements that differ. */
    public record ItemDifference(ItemRef item, List<ElementDifference> elements) {

        public ItemDifference {
            elements = List.copyOf(elements);
        }
    }

    /**
     * One element in both lists: the six unified elements of seeds 001 and 003 (名称, 编码, 办理材料, 经办方式, 办事流程,
     * 办理时限, 服务标准) and the rest of the guide (主项名称, 办理层级, 设定依据, 受理条件, 收费标准).
     */
    public record ElementDifference(String element, String standardValue, String localValue) {
    }
}
