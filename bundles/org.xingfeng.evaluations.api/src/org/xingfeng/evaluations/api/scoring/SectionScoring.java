package org.xingfeng.evaluations.api.scoring;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 科室服务质量季度考评. Entering and removing score sheets needs the role {@code evaluations.officer} or {@code admin}
 * and is audited (entity type {@code evaluations.scoreSheet}); reading sheets needs officer, auditor or admin;
 * rankings and the award list are open to every member of staff. Everything is checked against the actor's reach:
 * a unit, section, rater or sheet outside it is "not found". See {@link SectionRanking} for how scores, ties
 * and benchmark sections are decided.
 */
@Remote
public interface SectionScoring {

    /** Entity type of the audit entries. */
    String AUDIT_TYPE = "evaluations.scoreSheet";

    ScoringRules rules();

    /** Stores a sheet. Bad input: 400; a second sheet of the same rater for the section and quarter: 409. */
    ScoreSheet submit(Actor actor, ScoreSheetDraft draft);

    void delete(Actor actor, long sheetId);

    /** The sheets of a unit's sections in a quarter, optionally of one section. */
    List<ScoreSheet> sheets(Actor actor, long unitId, Quarter quarter, Long sectionId);

    SectionRanking ranking(Actor actor, long unitId, Quarter quarter);

    Table rankingTable(SectionRanking ranking);

    /** Every section of the unit with its benchmark quarters in the year, eligible sections first. */
    List<AnnualAward> awards(Actor actor, long unitId, int year);
}
