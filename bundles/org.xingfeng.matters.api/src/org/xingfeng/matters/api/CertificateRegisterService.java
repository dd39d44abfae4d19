package org.xingfeng.matters.api;

import java.time.LocalDate;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 减证便民 (seed 004): the register of certificates and other materials cancelled or replaced by data sharing, read
 * from the materials of the unit's items. A unit outside the actor's reach answers 404; {@code from} after
 * {@code to} is refused naming {@code to}.
 */
@Remote
public interface CertificateRegisterService {

    /** The unit's register with the report for the period (null bounds are open). */
    CertificateRegister register(Actor actor, long unitId, LocalDate from, LocalDate to);

    /** The register as a sheet: one row per material and affected item. */
    Table registerTable(CertificateRegister register);
}
