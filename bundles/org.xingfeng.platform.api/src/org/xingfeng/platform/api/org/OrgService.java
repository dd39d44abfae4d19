package org.xingfeng.platform.api.org;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

/** The organisation tree, its sections and its staff. Changes need the administrator role and are audited. */
public interface OrgService {

    List<OrgUnit> units();

    Optional<OrgUnit> unit(long id);

    Optional<OrgUnit> unitByCode(String code);

    /** The unit and all units below it. */
    List<OrgUnit> subtree(long unitId);

    OrgUnit createUnit(Actor actor, OrgUnitDraft draft);

    OrgUnit updateUnit(Actor actor, long id, OrgUnitDraft draft);

    List<Section> sections(long unitId);

    Optional<Section> section(long id);

    Section createSection(Actor actor, long unitId, String name);

    Page<Staff> staff(StaffQuery query, PageRequest page);

    Optional<Staff> staffMember(long id);

    Optional<Staff> staffByNumber(String staffNumber);

    Staff createStaff(Actor actor, StaffDraft draft);

    Staff updateStaff(Actor actor, long id, StaffDraft draft);

    /**
     * Imports staff from an XLSX sheet (columns 工号, 姓名, 单位编码, 科室, 人员类别, 岗位, 状态). Rows whose staff
     * number exists update that member. All or nothing: a file with any bad row imports nothing and the
     * report lists every bad row. With {@code dryRun} nothing is stored either way.
     */
    ImportReport importStaff(Actor actor, InputStream xlsx, boolean dryRun);
}
