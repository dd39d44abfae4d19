package org.xingfeng.platform.api.org;

import java.util.List;

/** What a caller supplies to create or change a staff member. */
public record StaffDraft(String staffNumber, String name, long unitId, Long sectionId, StaffTier tier,
        List<String> posts, boolean active) {

    public StaffDraft {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }
}
