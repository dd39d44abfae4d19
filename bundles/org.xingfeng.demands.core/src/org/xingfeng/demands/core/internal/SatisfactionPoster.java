package org.xingfeng.demands.core.internal;

/** Posts a citizen's satisfaction with a reply elsewhere (internal; present only while the evaluations module is). */
public interface SatisfactionPoster {

    /**
     * Posts the rating of a reply as an evaluation of the unit; {@code recordNo} names the demand and its round, so a
     * rating is posted once.
     */
    void post(long unitId, String recordNo, boolean satisfied, String remark, String citizenName, String citizenPhone);
}
