package org.xingfeng.publicity.api.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question's figures over the responses asked for: how many answered it, each option's count (SINGLE, MULTIPLE;
 * RATING: the count of each value 1..scale; YES_NO: yes, no), the mean rating, the awareness rate of a policy question
 * (aware / answered, four decimals, null with no answer), and the texts given (newest 100).
 */
public record QuestionStats(String key, QuestionType type, String text, int answered, List<Integer> counts,
        BigDecimal mean, Integer aware, BigDecimal awarenessRate, List<String> texts) {

    public QuestionStats {
        counts = List.copyOf(counts);
        texts = List.copyOf(texts);
    }
}
