package org.xingfeng.publicity.api.campaigns;

/**
 * A unit's line of a campaign's roll-up: its own activities' outputs and those of its subtree ({@code total}, its
 * own included); {@code parentId} places it in the tree, {@code depth} 0 for the unit asked for.
 */
public record UnitOutputs(long unitId, String unitName, Long parentId, int depth, Outputs own, Outputs total) {
}
