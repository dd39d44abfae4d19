package org.xingfeng.training.api.needs;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Training needs from citizens' evaluations. Officers, auditors and administrators, for a unit of their reach (404
 * otherwise); only staff of the reach are listed. A period longer than a year, reversed or in the future is a 400
 * naming {@code from} or {@code to}.
 */
@Remote
public interface TrainingNeedService {

    /** Open needs first, then by unit, staff number and reason. */
    TrainingNeeds needs(Actor actor, NeedQuery query);

    /** The needs as a sheet (Chinese headers) for an XLSX or CSV export. */
    Table table(TrainingNeeds needs);
}
