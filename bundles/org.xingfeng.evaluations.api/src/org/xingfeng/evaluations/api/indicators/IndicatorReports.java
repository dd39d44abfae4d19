package org.xingfeng.evaluations.api.indicators;

import java.util.List;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Indicator ratings (分项指标) aggregated from the stored evaluations. Officers, reviewers, auditors and administrators;
 * a unit out of the caller's reach answers 404, a list without a unit holds only the reach. Bad periods are a 400
 * naming {@code from} or {@code to}.
 */
@Remote
public interface IndicatorReports {

    /** Per part (in the breakdown's order: windows and units by name, staff by name, months in order), per indicator. */
    List<IndicatorRating> ratings(Actor actor, IndicatorQuery query);

    /** The ratings as a sheet (Chinese headers) for an XLSX or CSV export. */
    Table table(List<IndicatorRating> ratings);
}
