package org.xingfeng.matters.api;

import java.util.List;
import java.util.Set;

/**
 * 子项: a service matter as citizens meet it, with the six unified elements (name, code, materials, time limit,
 * steps, service standard) and the rest of its guide. {@code basicCode} is the nationally unified basic code,
 * {@code implementationCode} the region's implementation code (GB/T 39554.1-2020). {@code timeLimit} is null
 * while not yet fixed.
 */
public record SubItem(long id, long mainItemId, long unitId, String basicCode, String implementationCode, String name,
        Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions, TimeLimit timeLimit,
        List<String> steps, String place, String consultation, String complaint, String fees, String remarks) {

    public SubItem {
        levels = Set.copyOf(levels);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
    }
}
