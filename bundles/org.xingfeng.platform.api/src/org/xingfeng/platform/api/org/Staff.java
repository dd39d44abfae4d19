package org.xingfeng.platform.api.org;

import java.util.List;

/**
 * A member of staff (工作人员). {@code posts} are the duties they hold (e.g. 综合柜员, 大厅经理), not
 * security roles, which belong to user accounts. {@code sectionId} may be null.
 */
public record Staff(long id, String staffNumber, String name, long unitId, Long sectionId, StaffTier tier,
        List<String> posts, boolean active) {

    public Staff {
        posts = List.copyOf(posts);
    }
}
