package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * When a question is asked (branching): the earlier question {@code key} was answered with one of {@code choices}
 * (indexes into a SINGLE or MULTIPLE question's options) or, for a YES_NO question, with {@code yes}.
 */
public record Condition(String key, List<Integer> choices, Boolean yes) {

    public Condition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
