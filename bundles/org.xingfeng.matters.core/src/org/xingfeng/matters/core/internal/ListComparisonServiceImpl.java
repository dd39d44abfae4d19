package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.matters.api.ListComparison;
import org.xingfeng.matters.api.ListComparisonService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.spreadsheet.Table;

/** 六统一: a unit's list against its province's (or a named unit's) list; the pairing is {@link ListComparer}'s. */
@Component
public class ListComparisonServiceImpl implements ListComparisonService {

    static final Messages MESSAGES = Messages.of(ListComparisonServiceImpl.class);

    private final OrgService org;
    private final MatterItemService items;

    @Activate
    public ListComparisonServiceImpl(@Reference OrgService org, @Reference MatterItemService items) {
        this.org = org;
        this.items = items;
    }

    @Override
    public ListComparison compare(Actor actor, long unitId, Long standardUnitId) {
        OrgUnit unit = org.unit(actor, unitId)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        List<OrgUnit> above = ancestorsOf(unit);
        long standard;
        if (standardUnitId != null) {
            // the standard list is normally a unit above the actor's reach (the province's): its ancestors may be named
            boolean ancestor = above.stream().anyMatch(u -> u.id() == standardUnitId);
            if (!ancestor && org.unit(actor, standardUnitId).isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.orgUnit"), standardUnitId);
            }
            standard = standardUnitId;
        } else {
            standard = above.stream().filter(u -> u.level() == OrgLevel.PROVINCE).findFirst()
                    .or(() -> unit.level() == OrgLevel.PROVINCE ? Optional.of(unit) : Optional.empty())
                    .orElseThrow(() -> new ValidationException("standard",
                            MESSAGES.text("listComparison.unit_no_province_name_standard")))
                    .id();
        }
        if (standard == unitId) {
            throw new ValidationException("standard", MESSAGES.text("listComparison.list_cannot_compared_itself"));
        }
        // an ancestor's list is read as the system: the actor may compare with it, not browse it
        Actor standardReader = actor.reach().contains(standard) ? actor : Actor.SYSTEM;
        return ListComparer.compare(side(actor, unitId), side(standardReader, standard));
    }

    /** The units above the given one, nearest first, read as the system (they are mostly outside the reach). */
    private List<OrgUnit> ancestorsOf(OrgUnit unit) {
        List<OrgUnit> above = new ArrayList<>();
        Long parent = unit.parentId();
        for (int guard = 0; parent != null && guard < 10; guard++) {
            OrgUnit u = org.unit(Actor.SYSTEM, parent).orElse(null);
            if (u == null) {
                break;
            }
            above.add(u);
            parent = u.parentId();
        }
        return above;
    }

    private ListComparer.Side side(Actor actor, long unitId) {
        return new ListComparer.Side(unitId, items.mainItems(actor, unitId),
                items.subItems(actor, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT).items());
    }

    @Override
    public Table comparisonTable(ListComparison c) {
        List<List<Object>> rows = new ArrayList<>();
        for (ListComparison.ItemRef r : c.missing()) {
            rows.add(Arrays.asList("缺少", r.mainName(), r.subName(), r.basicCode(), null, null, null));
        }
        for (ListComparison.ItemRef r : c.extra()) {
            rows.add(Arrays.asList("多出", r.mainName(), r.subName(), r.basicCode(), null, null, null));
        }
        for (ListComparison.ItemDifference d : c.different()) {
            for (ListComparison.ElementDifference e : d.elements()) {
                rows.add(
                        Arrays.asList("不一致", d.item().mainName(), d.item().subName(), d.item().basicCode(), e.element(),
                                e.standardValue(), e.localValue()));
            }
        }
        return new Table("六统一比对", "六统一比对", List.of(MESSAGES.get(Languages.CHINESE, "column.result"),
                MESSAGES.get(Languages.CHINESE, "column.mainItem"), MESSAGES.get(Languages.CHINESE, "column.subItem"),
                MESSAGES.get(Languages.CHINESE, "column.basicCode"), MESSAGES.get(Languages.CHINESE, "column.element"),
                MESSAGES.get(Languages.CHINESE, "column.standardList"),
                MESSAGES.get(Languages.CHINESE, "column.localList")),
                rows);
    }
}
