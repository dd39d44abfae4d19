package org.xingfeng.platform.api.event;

/**
 * Events the platform posts (OSGi Event Admin, asynchronously, after the change is committed) when the organisation
 * tree changes, so modules that keep figures per unit and its ancestors can follow. Properties: {@link #UNIT_ID},
 * {@link #PARENT_ID} (the new parent, absent for a root) and, on {@link #UNIT_MOVED}, {@link #OLD_PARENT_ID}.
 * Handlers must not rely on seeing every event (a module may be absent when one is posted, and another process on
 * the same database posts its own): they compare with what they stored.
 */
public final class OrgEvents {

    /** Every organisation event starts with this; subscribe to {@code TOPIC_PREFIX + "*"}. */
    public static final String TOPIC_PREFIX = "org/xingfeng/platform/org/";
    public static final String UNIT_CREATED = TOPIC_PREFIX + "UNIT_CREATED";
    /** A unit's code, name or level changed, its parent did not. */
    public static final String UNIT_UPDATED = TOPIC_PREFIX + "UNIT_UPDATED";
    /** A unit got another parent: it and its whole subtree now count under other ancestors. */
    public static final String UNIT_MOVED = TOPIC_PREFIX + "UNIT_MOVED";

    public static final String UNIT_ID = "unitId";
    public static final String PARENT_ID = "parentId";
    public static final String OLD_PARENT_ID = "oldParentId";

    private OrgEvents() {
    }
}
