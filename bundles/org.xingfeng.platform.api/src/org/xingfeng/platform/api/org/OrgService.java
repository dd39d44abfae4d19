package org.xingfeng.platform.api.org;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Page;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.remote.Remote;
import org.xingfeng.platform.api.spreadsheet.ImportReport;

/**
 * The organisation tree, its sections and its staff. Changes need the administrator role and are audited. Every
 * method is checked against the actor's reach (its home unit and below): a unit, section or staff member outside it
 * is "not found", and lists hold only what is in reach.
 */
@Remote
public interface OrgService {

    /** The units in reach, by code. */
    List<OrgUnit> units(Actor actor);

    Optional<OrgUnit> unit(Actor actor, long id);

    Optional<OrgUnit> unitByCode(Actor actor, String code);

    /** The unit and all units below it (404 out of reach). */
    List<OrgUnit> subtree(Actor actor, long unitId);

    /** A new unit below one in reach; a new root (no parent) only by an administrator of the whole installation. */
    OrgUnit createUnit(Actor actor, OrgUnitDraft draft);

    /** The unit, and when it moves its new parent, must be in reach. */
    OrgUnit updateUnit(Actor actor, long id, OrgUnitDraft draft);

    List<Section> sections(Actor actor, long unitId);

    Optional<Section> section(Actor actor, long id);

    Section createSection(Actor actor, long unitId, String name);

    /** {@code query.unitId} is that unit's own staff (not those of the units below); without one, the whole reach. */
    Page<Staff> staff(Actor actor, StaffQuery query, PageRequest page);

    Optional<Staff> staffMember(Actor actor, long id);

    Optional<Staff> staffByNumber(Actor actor, String staffNumber);

    Staff createStaff(Actor actor, StaffDraft draft);

    Staff updateStaff(Actor actor, long id, StaffDraft draft);

    /**
     * Imports staff from an XLSX sheet (columns 工号, 姓名, 单位编码, 科室, 人员类别, 岗位, 状态). Rows whose staff
     * number exists update that member. All or nothing: a file with any bad row imports nothing and the
     * report lists every bad row. With {@code dryRun} nothing is stored either way. A unit code or staff member out
     * of the actor's reach is reported like one that does not exist.
     */
    ImportReport importStaff(Actor actor, InputStream xlsx, boolean dryRun);
}
