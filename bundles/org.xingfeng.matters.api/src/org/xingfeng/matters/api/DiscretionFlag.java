package org.xingfeng.matters.api;

/**
 * 最小自由裁量: one finding on an item, the element it is in ({@code conditions}, {@code materials[i]},
 * {@code timeLimit}) and the open term found there ("其他材料", "相关证明", "等", "必要时", "视情况"; "未明确" for a
 * time limit not fixed, "区间" for one given as a range).
 */
public record DiscretionFlag(String element, String term) {
}
