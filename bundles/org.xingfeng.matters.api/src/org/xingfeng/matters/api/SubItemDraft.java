package org.xingfeng.matters.api;

import java.util.List;
import java.util.Set;

/**
 * What an editor supplies to create or change a sub-item. A null {@code basicCode} keeps the current code (or
 * makes one up for a new item); a null {@code implementationCode} is the unit's code plus the basic code.
 * {@code channels} are its ways of handling (经办方式, several allowed), {@code serviceStandard} its service standard
 * (服务标准), {@code english} its optional English texts (null: none).
 */
public record SubItemDraft(long mainItemId, String name, String basicCode, String implementationCode,
        Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions, TimeLimit timeLimit,
        List<String> steps, String place, String consultation, String complaint, String fees, String remarks,
        Set<HandlingChannel> channels, String serviceStandard, EnglishTexts english) {

    public SubItemDraft {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : List.copyOf(steps);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        english = english == null ? EnglishTexts.NONE : english;
    }

    /** A draft without English texts. */
    public SubItemDraft(long mainItemId, String name, String basicCode, String implementationCode,
            Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions,
            TimeLimit timeLimit, List<String> steps, String place, String consultation, String complaint, String fees,
            String remarks, Set<HandlingChannel> channels, String serviceStandard) {
        this(mainItemId, name, basicCode, implementationCode, levels, legalBasis, materials, conditions, timeLimit,
                steps, place, consultation, complaint, fees, remarks, channels, serviceStandard, EnglishTexts.NONE);
    }

    /** A draft without handling channels and service standard. */
    public SubItemDraft(long mainItemId, String name, String basicCode, String implementationCode,
            Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions,
            TimeLimit timeLimit, List<String> steps, String place, String consultation, String complaint, String fees,
            String remarks) {
        this(mainItemId, name, basicCode, implementationCode, levels, legalBasis, materials, conditions, timeLimit,
                steps, place, consultation, complaint, fees, remarks, Set.of(), null, EnglishTexts.NONE);
    }
}
