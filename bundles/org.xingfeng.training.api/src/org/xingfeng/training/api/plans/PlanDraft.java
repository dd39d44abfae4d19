package org.xingfeng.training.api.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * A yearly plan as entered: {@code unitId} and {@code year} (2000..2100) required, one plan per unit and year;
 * {@code targetCoverage} a share 0..1 (as the coverage figures are) and {@code targetHoursPerHead} (0..2000) optional;
 * {@code items} the planned courses (at most 200).
 */
public record PlanDraft(Long unitId, Integer year, BigDecimal targetCoverage, BigDecimal targetHoursPerHead,
        String note, List<PlanItemDraft> items) {
}
