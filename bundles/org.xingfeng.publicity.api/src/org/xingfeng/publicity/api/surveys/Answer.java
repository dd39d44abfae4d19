package org.xingfeng.publicity.api.surveys;

import java.util.List;

/**
 * An answer to one question: {@code choices} (option indexes) for SINGLE (one) and MULTIPLE, {@code rating} for a
 * RATING, {@code yes} for YES_NO, {@code text} for TEXT (at most 1,000 characters).
 */
public record Answer(List<Integer> choices, Integer rating, Boolean yes, String text) {
}
