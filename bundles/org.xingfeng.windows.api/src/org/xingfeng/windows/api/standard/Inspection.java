package org.xingfeng.windows.api.standard;

import java.time.LocalDate;
import java.util.List;

/** A dated inspection of a hall: who, the findings, and the items missing on that day (kept as they were). */
public record Inspection(long id, long hallId, LocalDate date, String inspector, String findings,
        List<String> missingCodes, boolean passed) {

    public Inspection {
        missingCodes = List.copyOf(missingCodes);
    }
}
