package org.xingfeng.publicity.api.materials;

/**
 * A material as an editor enters it: the unit, the campaign (optional, one the unit's editors see), the topic
 * (e.g. 门诊共济; optional), the kind, the title, a description and a link ({@code http(s)}; required for a video).
 */
public record MaterialDraft(Long unitId, Long campaignId, String topic, MaterialKind kind, String title,
        String description, String link) {
}
