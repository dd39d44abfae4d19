package org.xingfeng.evaluations.api.complaints;

import java.util.List;

/**
 * 通报批评: a member of staff with at least the configured number of upheld complaints (default 2, "累计2次(含2次)以上")
 * of the counted categories received in one calendar year.
 */
public record CriticismNotice(long staffId, String staffNumber, String staffName, long unitId, String unitName,
        int year, int upheldComplaints, List<Long> complaintIds) {

    public CriticismNotice {
        complaintIds = List.copyOf(complaintIds);
    }
}
