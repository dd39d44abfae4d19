package org.xingfeng.evaluations.api;

import java.util.List;
import java.util.Map;

/**
 * One citizen's evaluation as it is submitted (no login). {@code recordNo} is the handling record
 * (办件编号) it rates: at most one evaluation per record and unit. The window, staff number and matter code are
 * optional where the channel does not know them. With a name or phone it is real-name (实名), otherwise anonymous.
 * {@code indicators} are optional per-indicator scores 1-5, keyed by the indicator ids of the channel's set.
 */
public record EvaluationSubmission(long unitId, String recordNo, Level level, Channel channel, String windowNo,
        String staffNumber, String matterCode, String comment, List<String> tags, String citizenName,
        String citizenPhone, Map<String, Integer> indicators) {

    public EvaluationSubmission {
        tags = tags == null ? List.of() : List.copyOf(tags);
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    }

    public boolean realName() {
        return (citizenName != null && !citizenName.isBlank()) || (citizenPhone != null && !citizenPhone.isBlank());
    }
}
