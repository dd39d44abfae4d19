package org.xingfeng.training.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xingfeng.platform.api.Actor;

/**
 * What training asks of the evaluations module, when it is installed ({@link EvaluationsLink}); the interface names
 * none of its types, so training runs without it.
 */
public interface EvaluationsBridge {

    /**
     * The evaluations naming a member of staff given from {@code from} to {@code to} in the unit and below (null: the
     * reader's reach), read as {@code reader}; bad reviews withdrawn on appeal are not bad.
     */
    List<NeedRules.Review> reviews(Actor reader, Long unitId, LocalDate from, LocalDate to);

    /**
     * The complaints about a member of staff received from {@code from} to {@code to} in the unit and below (null: the
     * reader's reach) and found upheld, read as {@code reader}.
     */
    List<NeedRules.Complaint> upheldComplaints(Actor reader, Long unitId, LocalDate from, LocalDate to);

    /** The indicators' names by id, over every channel. */
    Map<String, String> indicatorNames();
}
