package org.xingfeng.evaluations.api.scoring;

import java.util.List;

/**
 * One rater's score sheet (评分表) for one section in one quarter ({@code 2026-Q1}). {@code group} is
 * {@code LEADERSHIP}, {@code PEER_CHIEFS} or {@code COLLEAGUES}; {@code raterStaffId} the member of staff who rated
 * (one sheet per rater, section and quarter); {@code items} the five item scores in the configured order, each
 * 0 to 20 (halves and tenths allowed).
 */
public record ScoreSheetDraft(Long sectionId, String quarter, RaterGroup group, Long raterStaffId,
        List<Double> items) {
}
