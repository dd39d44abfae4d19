package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * A question of a questionnaire. {@code key} names it in answers and results (letters, digits, {@code _ -}, unique in
 * the survey); {@code options} are the choices of SINGLE and MULTIPLE questions (2..20); {@code scale} the top of a
 * RATING (2..10, default 5). A {@code policy} question measures awareness (知晓): a YES_NO answered yes, or a SINGLE or
 * MULTIPLE answer holding one of the {@code awareOptions} (indexes into {@code options}), counts as aware.
 * {@code required} and {@code policy} left out mean false. With {@code showIf} the question is asked only when an
 * earlier question was answered so (branching); a question not asked is neither required nor may it be answered.
 */
public record Question(String key, QuestionType type, String text, List<String> options, Integer scale,
        Boolean required, Boolean policy, List<Integer> awareOptions, Condition showIf) {

    /** A question asked always. */
    public Question(String key, QuestionType type, String text, List<String> options, Integer scale, Boolean required,
            Boolean policy, List<Integer> awareOptions) {
        this(key, type, text, options, scale, required, policy, awareOptions, null);
    }

    public Question {
        required = Boolean.TRUE.equals(required);
        policy = Boolean.TRUE.equals(policy);
        options = options == null ? List.of() : List.copyOf(options);
        awareOptions = awareOptions == null ? List.of() : List.copyOf(awareOptions);
    }
}
