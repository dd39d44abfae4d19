package org.xingfeng.matters.api;

import java.util.List;
import java.util.Set;

/**
 * 子项: a service matter as citizens meet it, with the six unified elements (六统一: seed 003 unifies the name, the
 * materials, the way of handling ({@code channels}, 经办方式), the flow ({@code steps}), the time limit and the service
 * standard ({@code serviceStandard}, 服务标准); seed 001 adds the code) and the rest of its guide. {@code basicCode} is
 * the nationally unified basic code, {@code implementationCode} the region's implementation code (GB/T
 * 39554.1-2020). {@code timeLimit} is null while not yet fixed. {@code english} holds the optional English texts of
 * the guide (never null: {@link EnglishTexts#NONE} for none).
 */
public record SubItem(long id, long mainItemId, long unitId, String basicCode, String implementationCode, String name,
        Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions, TimeLimit timeLimit,
        List<String> steps, String place, String consultation, String complaint, String fees, String remarks,
        Set<HandlingChannel> channels, String serviceStandard, EnglishTexts english) {

    public SubItem {
        levels = Set.copyOf(levels);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        english = english == null ? EnglishTexts.NONE : english;
    }

    /** A sub-item without English texts. */
    public SubItem(long id, long mainItemId, long unitId, String basicCode, String implementationCode, String name,
            Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions,
            TimeLimit timeLimit, List<String> steps, String place, String consultation, String complaint, String fees,
            String remarks, Set<HandlingChannel> channels, String serviceStandard) {
        this(id, mainItemId, unitId, basicCode, implementationCode, name, levels, legalBasis, materials, conditions,
                timeLimit, steps, place, consultation, complaint, fees, remarks, channels, serviceStandard,
                EnglishTexts.NONE);
    }

    /** A sub-item without handling channels and service standard (as before they were elements). */
    public SubItem(long id, long mainItemId, long unitId, String basicCode, String implementationCode, String name,
            Set<HandlingLevel> levels, String legalBasis, List<Material> materials, String conditions,
            TimeLimit timeLimit, List<String> steps, String place, String consultation, String complaint, String fees,
            String remarks) {
        this(id, mainItemId, unitId, basicCode, implementationCode, name, levels, legalBasis, materials, conditions,
                timeLimit, steps, place, consultation, complaint, fees, remarks, Set.of(), null, EnglishTexts.NONE);
    }
}
