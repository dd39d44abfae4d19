package org.xingfeng.evaluations.api.entries;

import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;

/**
 * Staff enter phone, hotline and written-card evaluations (电话、热线、评价卡) against an existing record: only with the
 * record's valid evaluation ticket, once per record as any evaluation, for a unit in their reach (400 naming
 * {@code ticket} otherwise), by the officer role or admin. Each entry is audited (entity type {@value #AUDIT_TYPE}) with
 * who entered it and the channel.
 */
@Remote
public interface StaffEntryService {

    String AUDIT_TYPE = "evaluations.entry";

    Receipt enter(Actor actor, StaffEntry entry);
}
