package org.xingfeng.windows.api.stars;

/** A window on one list of the selection, its rank in the province (1 the best; on the poor list 1 the worst). */
public record SelectionEntry(SelectionKind kind, int rank, WindowStars window, String note) {
}
