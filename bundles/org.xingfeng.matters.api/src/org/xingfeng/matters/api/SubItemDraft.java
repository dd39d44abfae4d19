package org.xingfeng.matters.api;

import java.util.List;
import java.util.Set;

/**
 * What an editor supplies to create or change a sub-item. A null {@code basicCode} keeps the current code (or
 * makes one up for a new item); a null {@code implementationCode} is the unit's code plus the basic code.
 */
public record SubItemDraft(long mainItemId, String name, String basicCode, String implementationCode,
        Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions, TimeLimit timeLimit,
        List<String> steps, String place, String consultation, String complaint, String fees, String remarks) {

    public SubItemDraft {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
