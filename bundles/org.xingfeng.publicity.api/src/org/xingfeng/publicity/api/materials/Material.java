package org.xingfeng.publicity.api.materials;

import java.time.Instant;
import java.util.List;

/**
 * A material of the library: its unit (who may change it; the units below use it once approved), the campaign it was
 * made for (null: any) and its topic, kind, title, description and link (a video's address), its state with who
 * approved it and when, its versions (oldest first) and the downloads of them all.
 */
public record Material(long id, long unitId, String unitName, Long campaignId, String topic, MaterialKind kind,
        String title, String description, String link, MaterialState state, String approvedBy, Instant approvedAt,
        List<MaterialVersion> versions, long downloads, String createdBy, Instant createdAt) {

    public Material {
        versions = List.copyOf(versions);
    }
}
