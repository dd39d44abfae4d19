package org.xingfeng.matters.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.SubItem;
import org.xingfeng.matters.api.SubItemDraft;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;
import org.xingfeng.platform.testing.WatchedAuditLog;

/**
 * The matters services write their audit entries inside the change's transaction: the services built here on the
 * server's own components, with the platform's {@link WatchedAuditLog} (notes whether a transaction is open when
 * called, can refuse to write); a refused entry leaves no imported list, no changed or deleted item and no published
 * version behind.
 */
class AuditInTransactionIT {

    static final Actor ADMIN = new Actor(0, "audit.tx", Set.of("admin"), Reach.EVERYWHERE);
    static final String CSV = "序号,主项名称,主项类别,子项名称,办理层级,设定依据,办理材料明细,办理时限,办事流程,备注\n"
            + "1,参保登记,公共服务,单位参保登记,C,,,即时办结,,\n" + "2,,公共服务,单位参保信息变更,C,,,即时办结,,\n";

    static WatchedAuditLog log;
    static MatterItemServiceImpl items;
    static ListSheetServiceImpl sheets;
    static ListVersionServiceImpl versions;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        BundleContext c = FrameworkUtil.getBundle(AuditInTransactionIT.class).getBundleContext();
        log = new WatchedAuditLog(Services.get(c, AuditLog.class));
        MattersDatabase db = Services.get(c, MattersDatabase.class);
        OrgService org = Services.get(c, OrgService.class);
        BureauTime time = Services.get(c, BureauTime.class);
        items = new MatterItemServiceImpl(db, log, org, time);
        sheets = new ListSheetServiceImpl(db, log, Services.get(c, SpreadsheetService.class), org, items, time);
        versions = new ListVersionServiceImpl(db, log, org, items, time);
    }

    static long county() {
        return Fixtures.createCounty(Api.admin()).path("id").asLong();
    }

    static ImportReport importList(long unit) {
        return sheets.importList(ADMIN, unit, new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)),
                ListSheetService.Format.CSV, false);
    }

    static List<SubItem> list(long unit) {
        return items.subItems(ADMIN, SubItemQuery.ofUnit(unit), PageRequest.ALL).items();
    }

    static SubItemDraft renamed(SubItem s, String name) {
        return new SubItemDraft(s.mainItemId(), name, s.basicCode(), s.implementationCode(), s.levels(),
                s.legalBasis(), s.materials(), s.conditions(), s.timeLimit(), s.steps(), s.place(), s.consultation(),
                s.complaint(), s.fees(), s.remarks(), s.channels(), s.serviceStandard());
    }

    @Test
    void entriesAreWrittenWhileTheChangesTransactionIsOpen() {
        long unit = county();
        log.clear();
        assertEquals(2, importList(unit).created());
        SubItem first = list(unit).get(0);
        items.updateSubItem(ADMIN, first.id(), renamed(first, first.name() + "（改）"));
        versions.publish(ADMIN, unit, LocalDate.of(2026, 12, 1), "审计同事务");
        items.deleteSubItem(ADMIN, first.id());
        assertEquals(List.of(true, true, true, true, true), log.inTransaction(),
                "two imported items, the update, the publication and the deletion, each inside its transaction");
        assertEquals(List.of("delete", "update", "import-create"),
                log.real().entityHistory(ItemHistory.ENTITY, String.valueOf(first.id()), PageRequest.ALL).items()
                        .stream().map(AuditEntry::action).toList());
    }

    @Test
    void aRefusedEntryLeavesEveryChangeUndone() {
        long unit = county();
        log.refused(() -> importList(unit));
        assertEquals(List.of(), list(unit), "the import was rolled back with its entries");

        assertEquals(2, importList(unit).created());
        SubItem first = list(unit).get(0);
        log.refused(() -> items.updateSubItem(ADMIN, first.id(), renamed(first, "不应留下")));
        assertEquals(first.name(), items.subItem(ADMIN, first.id()).orElseThrow().name());
        log.refused(() -> items.deleteSubItem(ADMIN, first.id()));
        assertTrue(items.subItem(ADMIN, first.id()).isPresent(), "not deleted");
        log.refused(() -> versions.publish(ADMIN, unit, LocalDate.of(2026, 12, 1), "不应留下"));
        assertEquals(List.of(), versions.versions(ADMIN, unit), "no version published");
        assertEquals(1, log.real().entityHistory(ItemHistory.ENTITY, String.valueOf(first.id()), PageRequest.ALL)
                .items().size(), "only the import's entry");
    }
}
