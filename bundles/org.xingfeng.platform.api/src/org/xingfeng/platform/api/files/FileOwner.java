package org.xingfeng.platform.api.files;

/**
 * The record a file belongs to: the owning module ({@code demands}), the kind of record ({@code demand},
 * {@code step}), its id, and the unit that record belongs to, whose reach decides who may see the file. The owning
 * module names the unit from its own record after checking its own roles and reach.
 */
public record FileOwner(String module, String kind, String ownerId, long unitId) {
}
