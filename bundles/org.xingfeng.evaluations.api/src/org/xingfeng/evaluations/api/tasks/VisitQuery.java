package org.xingfeng.evaluations.api.tasks;

/** Filters of the visit list; null means any. {@code unitId} takes the unit and all units below it. */
public record VisitQuery(Long unitId, VisitKind kind) {
}
