package org.xingfeng.windows.core.internal;

import java.time.LocalDate;
import java.util.Map;

/**
 * The evaluations module's figures the stars need, per window ({@link #windowKey}) and per member of staff: there only
 * while the module is (an optional, dynamic reference of the star service).
 */
interface EvaluationFigures {

    /** Satisfied and counted evaluations, bad reviews and those whose case closed on time, upheld complaints. */
    record Counts(int satisfied, int evaluated, int bad, int badClosedOnTime, int upheldComplaints) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    record Figures(Map<String, Counts> byWindow, Map<Long, Counts> byStaff) {
    }

    /** Everything of the days [from, to] (evaluations by their day, complaints by the day received). */
    Figures figures(LocalDate from, LocalDate to);

    /** Evaluations and complaints name a window by its unit and number. */
    static String windowKey(long unitId, String windowNo) {
        return unitId + "/" + windowNo;
    }
}
