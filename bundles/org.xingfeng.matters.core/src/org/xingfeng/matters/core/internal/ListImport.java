package org.xingfeng.matters.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.xingfeng.matters.api.SubItem;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgUnit;

/**
 * Applies the rows of an import to a unit's stored list inside one transaction: main items are matched by name,
 * sub-items by main item and name. New main items get the code YBnn, new sub-items the main code plus -nnn,
 * unless the file gives a basic code; the implementation code defaults to the unit's code plus the basic code.
 */
final class ListImport {

    static final Messages MESSAGES = Messages.of(ListImport.class);

    /** The shape of the codes this class makes up; they are local to a unit's list, not national codes. */
    static final java.util.regex.Pattern GENERATED_CODE = java.util.regex.Pattern.compile("YB\\d{2,}(-\\d{3,})?");

    record Change(SubItem before, SubItem after) {
    }

    record Outcome(int created, int updated, List<Change> changes) {
    }

    private final EntityManager em;
    private final OrgUnit unit;
    private final SubItemMapper mapper;
    private final Map<String, MainItemEntity> mains = new HashMap<>();
    private final Map<Long, Integer> lastSubNumber = new HashMap<>();

    ListImport(EntityManager em, OrgUnit unit, SubItemMapper mapper) {
        this.em = em;
        this.unit = unit;
        this.mapper = mapper;
        for (MainItemEntity m : em
                .createQuery("select m from MainItemEntity m where m.unitId = :u", MainItemEntity.class)
                .setParameter("u", unit.id()).getResultList()) {
            mains.put(m.name, m);
        }
    }

    /** Counts what the rows would create and update, changing nothing. */
    Outcome plan(List<MattersSheet.Row> rows) {
        int created = 0;
        for (MattersSheet.Row row : rows) {
            MainItemEntity main = mains.get(row.mainName());
            if (main == null || find(main.id, row.subName()) == null) {
                created++;
            }
        }
        return new Outcome(created, rows.size() - created, List.of());
    }

    Outcome apply(List<MattersSheet.Row> rows) {
        List<Change> changes = new ArrayList<>();
        int created = 0;
        int seqNo = 0;
        for (MattersSheet.Row row : rows) {
            MainItemEntity main = mains.computeIfAbsent(row.mainName(), name -> newMain(row));
            main.category = row.category();
            SubItemEntity sub = find(main.id, row.subName());
            SubItem before = sub == null ? null : mapper.toRecord(sub);
            if (sub == null) {
                sub = new SubItemEntity();
                sub.mainItemId = main.id;
                sub.unitId = unit.id();
                sub.name = row.subName();
                sub.basicCode = main.code + String.format("-%03d", nextSubNumber(main));
                created++;
            }
            codes(sub, row);
            sub.seqNo = ++seqNo;
            mapper.apply(row, sub);
            if (sub.id == null) {
                em.persist(sub);
            }
            em.flush();
            changes.add(new Change(before, mapper.toRecord(sub)));
        }
        SearchStampEntity.bump(em); // names, codes, categories: the search's index loads again
        return new Outcome(created, rows.size() - created, changes);
    }

    /** Adds one sub-item from an editor; 409 when its main item already has one of that name. */
    Outcome create(MattersSheet.Row row) {
        MainItemEntity main = mains.get(row.mainName());
        if (find(main.id, row.subName()) != null) {
            throw new ConflictException("matter_exists",
                    MESSAGES.text("listImport.main_item_already_sub_item", row.subName()));
        }
        return apply(List.of(row));
    }

    /** Changes one sub-item from an editor, possibly moving it to another main item of the unit. */
    Change update(SubItemEntity sub, MainItemEntity main, MattersSheet.Row row) {
        SubItemEntity clash = find(main.id, row.subName());
        if (clash != null && !clash.id.equals(sub.id)) {
            throw new ConflictException("matter_exists",
                    MESSAGES.text("listImport.main_item_already_sub_item", row.subName()));
        }
        SubItem before = mapper.toRecord(sub);
        sub.mainItemId = main.id;
        sub.name = row.subName();
        codes(sub, row);
        mapper.apply(row, sub);
        em.flush();
        SearchStampEntity.bump(em);
        return new Change(before, mapper.toRecord(sub));
    }

    /**
     * The codes the row gives; without an implementation code it is the unit's code plus the basic code, for a new
     * item, a row whose file has the column, and an item whose code was that default, but an item's own code stays
     * when the file has no such column.
     */
    private void codes(SubItemEntity sub, MattersSheet.Row row) {
        String defaultBefore = sub.basicCode == null ? null : unit.code() + "-" + sub.basicCode;
        if (row.basicCode() != null) {
            sub.basicCode = row.basicCode();
        }
        if (row.implementationCode() != null) {
            sub.implementationCode = row.implementationCode();
        } else if (sub.implementationCode == null || row.carries(MattersSheet.IMPL_CODE)
                || sub.implementationCode.equals(defaultBefore)) {
            sub.implementationCode = unit.code() + "-" + sub.basicCode;
        }
    }

    private MainItemEntity newMain(MattersSheet.Row row) {
        MainItemEntity m = new MainItemEntity();
        m.unitId = unit.id();
        m.name = row.mainName();
        m.category = row.category();
        m.code = String.format("YB%02d", mains.size() + 1);
        em.persist(m);
        em.flush();
        return m;
    }

    private SubItemEntity find(Long mainId, String name) {
        if (mainId == null) {
            return null;
        }
        return em
                .createQuery("select s from SubItemEntity s where s.mainItemId = :m and s.name = :n",
                        SubItemEntity.class)
                .setParameter("m", mainId).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    /** One more than the highest number among the main item's generated sub-item codes. */
    private int nextSubNumber(MainItemEntity main) {
        int last = lastSubNumber.computeIfAbsent(main.id, id -> {
            int max = 0;
            for (String code : em
                    .createQuery("select s.basicCode from SubItemEntity s where s.mainItemId = :m", String.class)
                    .setParameter("m", id).getResultList()) {
                if (code.startsWith(main.code + "-")) {
                    try {
                        max = Math.max(max, Integer.parseInt(code.substring(main.code.length() + 1)));
                    } catch (NumberFormatException e) {
                        // a code the file gave; not one of ours
                    }
                }
            }
            return max;
        });
        lastSubNumber.put(main.id, last + 1);
        return last + 1;
    }
}
