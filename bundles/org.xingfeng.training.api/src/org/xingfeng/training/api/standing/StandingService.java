package org.xingfeng.training.api.standing;

import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Standing against the training rules. A person's standing: officers, auditors and administrators for staff of their
 * reach, and every member of staff for themselves ({@link #mine}); a unit's coverage and the certificate alerts:
 * officers, auditors and administrators, for a unit of their reach (404 otherwise; no unit: the actor's home unit, or
 * the whole installation).
 */
@Remote
public interface StandingService {

    /** The rules in force. */
    TrainingPolicy policy();

    Optional<PersonStanding> person(Actor actor, long staffId);

    /** The standing of the staff member linked to the actor's account; empty without one. */
    Optional<PersonStanding> mine(Actor actor);

    /** Coverage of the unit and those below it for the year (null: this year). */
    UnitCoverage coverage(Actor actor, Long unitId, Integer year);

    Table coverageTable(UnitCoverage coverage);

    Table untrainedTable(UnitCoverage coverage);

    /** Certificates of the reach (or the unit's subtree) expired or expiring within 90 days, soonest first. */
    List<CertificateAlert> expiring(Actor actor, Long unitId);

    Table expiringTable(List<CertificateAlert> alerts);
}
