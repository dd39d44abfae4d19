package org.xingfeng.windows.core.internal;

/** Evaluation tickets for closed records (internal; present only while the evaluations module is). */
public interface TicketIssuer {

    /** A signed ticket's token for the record (unit, number, staff number, window number, matter code). */
    String issue(long unitId, String recordNo, String staffNumber, String windowNo, String matterCode);
}
