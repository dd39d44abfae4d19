package org.xingfeng.publicity.api.materials;

/**
 * Filters of the library; null means any. {@code unitId} takes the unit and the units below it; {@code text} a part of
 * the title or topic. The list also holds the approved materials of the units above the actor's home unit.
 */
public record MaterialQuery(Long unitId, Long campaignId, MaterialKind kind, MaterialState state, String text) {

    public static final MaterialQuery ALL = new MaterialQuery(null, null, null, null, null);
}
