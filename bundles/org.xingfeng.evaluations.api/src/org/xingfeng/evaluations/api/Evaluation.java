package org.xingfeng.evaluations.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored evaluation (好差评). {@code staffId} and {@code sectionId} are resolved from the staff number when it
 * was stored. An evaluation is never deleted or changed; an upheld appeal only sets {@code appeal} to
 * {@link AppealState#UPHELD}, which leaves it out of the satisfaction figures.
 */
public record Evaluation(long id, long unitId, String recordNo, Level level, Channel channel, String windowNo,
        String staffNumber, Long staffId, Long sectionId, String matterCode, String comment, List<String> tags,
        boolean realName, String citizenName, String citizenPhone, Map<String, Integer> indicators, Instant createdAt,
        AppealState appeal) {

    public Evaluation {
        tags = List.copyOf(tags);
        indicators = Map.copyOf(indicators);
    }
}
