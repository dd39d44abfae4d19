package org.xingfeng.windows.api.stations;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * 便民服务站网络. Reading needs a windows role, admin or auditor; changes {@code windows.admin} or admin. Everything is
 * within the caller's reach: a station or village out of it answers 404, a {@code unitId} in a body 400 naming it.
 * Matter codes are checked against the matters module's list when it is installed, taken as typed otherwise. Changes are
 * audited (entity types {@value #AUDIT_STATION}, {@value #AUDIT_VILLAGE}).
 */
@Remote
public interface StationService {

    String AUDIT_STATION = "windows.station";
    String AUDIT_VILLAGE = "windows.village";

    /** The township and village units of {@code unitId} and below (the reach without one), by code. */
    List<Station> stations(Actor actor, Long unitId);

    Optional<Station> station(Actor actor, long unitId);

    Station update(Actor actor, long unitId, StationDraft draft);

    /** The villages of {@code unitId} and below (the reach without one), by code. */
    List<Village> villages(Actor actor, Long unitId);

    Optional<Village> village(Actor actor, long id);

    Village createVillage(Actor actor, VillageDraft draft);

    Village updateVillage(Actor actor, long id, VillageDraft draft);

    void deleteVillage(Actor actor, long id);

    /**
     * Villages from an XLSX sheet (columns 编码, 名称, 所属单位编码, 纬度, 经度, 人口). A code that exists updates that
     * village. All or nothing: any bad row imports nothing and the report names every bad row; with {@code dryRun}
     * nothing is stored either way.
     */
    ImportReport importVillages(Actor actor, InputStream xlsx, boolean dryRun);

    NetworkCoverage coverage(Actor actor, CoverageQuery query);

    MapSettings mapSettings();

    Table stationsTable(List<Station> stations);

    Table villagesTable(List<Village> villages);

    Table coverageTable(NetworkCoverage coverage);
}
