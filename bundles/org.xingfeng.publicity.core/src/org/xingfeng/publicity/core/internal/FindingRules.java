package org.xingfeng.publicity.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.xingfeng.publicity.api.surveys.AreaStats;
import org.xingfeng.publicity.api.surveys.Finding;
import org.xingfeng.publicity.api.surveys.FindingMeasure;
import org.xingfeng.publicity.api.surveys.QuestionStats;
import org.xingfeng.publicity.api.surveys.QuestionType;

/**
 * A survey round's findings from its figures, without the database: in each area, a policy question whose awareness
 * rate is below the awareness threshold, and a rating question whose share of satisfied answers (the upper three
 * fifths of the scale, as in the satisfaction beside evaluations) is below the satisfaction threshold, each only with
 * at least {@code minAnswers} answers (fewer say nothing about the area). Weakest first.
 */
final class FindingRules {

    private FindingRules() {
    }

    /** A threshold from its configured percent (0..100), as a share with four decimals. */
    static BigDecimal share(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a threshold is a percent from 0 to 100: " + percent);
        }
        return SurveyRules.rate(percent, 100);
    }

    /** The satisfied share of a rating question's counts (count of each value 1..scale); null with no answer. */
    static BigDecimal satisfied(List<Integer> counts) {
        int scale = counts.size();
        int all = 0;
        int satisfied = 0;
        for (int i = 0; i < scale; i++) {
            int value = i + 1;
            all += counts.get(i);
            if (value * 5 > scale * 2) {
                satisfied += counts.get(i);
            }
        }
        return SurveyRules.rate(satisfied, all);
    }

    /** The findings of every area's figures (the all-areas line is not an area and is skipped). */
    static List<Finding> findings(long surveyId, List<AreaStats> areas, BigDecimal awareness,
            BigDecimal satisfaction, int minAnswers, Map<String, Long> tasks) {
        List<Finding> out = new ArrayList<>();
        for (AreaStats a : areas) {
            if (a.areaUnitId() == null) {
                continue;
            }
            for (QuestionStats q : a.questions()) {
                if (q.answered() < Math.max(1, minAnswers)) {
                    continue;
                }
                if (q.aware() != null && q.awarenessRate() != null && q.awarenessRate().compareTo(awareness) < 0) {
                    out.add(finding(surveyId, a, q, FindingMeasure.AWARENESS, q.awarenessRate(), awareness, tasks));
                }
                if (q.type() == QuestionType.RATING) {
                    BigDecimal rate = satisfied(q.counts());
                    if (rate != null && rate.compareTo(satisfaction) < 0) {
                        out.add(finding(surveyId, a, q, FindingMeasure.SATISFACTION, rate, satisfaction, tasks));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Finding::rate).thenComparing(Finding::areaUnitId)
                .thenComparing(Finding::questionKey).thenComparing(Finding::measure));
        return out;
    }

    private static Finding finding(long surveyId, AreaStats a, QuestionStats q, FindingMeasure measure,
            BigDecimal rate, BigDecimal threshold, Map<String, Long> tasks) {
        return new Finding(surveyId, a.areaUnitId(), a.areaName(), q.key(), q.text(), measure, rate, threshold,
                q.answered(), tasks.get(key(a.areaUnitId(), q.key(), measure)));
    }

    /** The key of a finding within its survey. */
    static String key(long areaUnitId, String questionKey, FindingMeasure measure) {
        return areaUnitId + "/" + questionKey + "/" + measure.name();
    }

    /**
     * The finding as the evaluations module knows its task: stable across retries, so a task made there whose link was
     * not stored here (a failure between the two) is found again instead of made twice.
     */
    static String sourceKey(long surveyId, long areaUnitId, String questionKey, FindingMeasure measure) {
        return "publicity.finding:" + surveyId + "/" + key(areaUnitId, questionKey, measure);
    }

    /** A percent for a task's text: 0.6250 as 62.5%. */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
