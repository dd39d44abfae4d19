package org.xingfeng.demands.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.demands.api.demands.Demand;
import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandDraft;
import org.xingfeng.demands.api.demands.DemandQuery;
import org.xingfeng.demands.api.demands.DemandService;
import org.xingfeng.demands.api.demands.DemandState;
import org.xingfeng.demands.api.demands.StepText;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.files.FileService;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;
import org.xingfeng.platform.testing.WatchedAuditLog;

/**
 * The demands service writes its audit entries inside the change's transaction: the service built here on the
 * server's own components, but with the platform's {@link WatchedAuditLog} (notes whether a transaction is open when
 * called, can refuse to write); a refused entry leaves neither the registered demand nor the step behind.
 */
class AuditInTransactionIT {

    static final Actor ADMIN = new Actor(0, "audit.tx", Set.of("admin"), Reach.EVERYWHERE);
    static long county;
    static WatchedAuditLog log;
    static DemandService service;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        county = Fixtures.createCounty(Api.admin()).path("id").asLong();
        BundleContext c = FrameworkUtil.getBundle(AuditInTransactionIT.class).getBundleContext();
        log = new WatchedAuditLog(Services.get(c, AuditLog.class));
        service = new DemandServiceImpl(Services.get(c, DemandsDatabase.class), log, Services.get(c, OrgService.class),
                Services.get(c, BureauTime.class), Services.get(c, DemandDeadlines.class),
                Services.get(c, ResponseTemplates.class),
                Services.get(c, SpreadsheetService.class), Services.get(c, FileService.class),
                Services.get(c, UserService.class));
    }

    static DemandDraft draft(String topic) {
        return new DemandDraft(DemandChannel.HOTLINE_12345, county, "张三", "13800001111", null, topic,
                DemandCategory.CONSULTATION, "咨询报销进度", LocalDate.now(ZoneId.of("Asia/Shanghai")), null, null);
    }

    static long count(String topic) {
        return service.demands(ADMIN, new DemandQuery(county, null, null, null, null, null, null, null, topic),
                PageRequest.ALL).total();
    }

    @Test
    void entriesAreWrittenWhileTheChangesTransactionIsOpen() {
        log.clear();
        String topic = "审计同事务" + Api.unique();
        Demand d = service.register(ADMIN, draft(topic));
        service.instruct(ADMIN, d.id(), new StepText("请按时答复"));
        assertEquals(List.of(true, true), log.inTransaction(), "register and instruct, each inside its transaction");
        List<String> actions = log.real()
                .entityHistory(DemandService.AUDIT_TYPE, String.valueOf(d.id()), PageRequest.ALL).items().stream()
                .map(AuditEntry::action).toList();
        assertEquals(List.of("instruct", "register"), actions, "newest first");
    }

    @Test
    void aRefusedEntryLeavesNoDemandAndNoStep() {
        String topic = "审计回滚" + Api.unique();
        log.refused(() -> service.register(ADMIN, draft(topic)));
        assertEquals(0, count(topic), "the registration was rolled back with its entry");

        Demand d = service.register(ADMIN, draft(topic));
        log.refused(() -> service.instruct(ADMIN, d.id(), new StepText("不应留下")));
        assertEquals(DemandState.REGISTERED, service.demand(ADMIN, d.id()).orElseThrow().state());
        assertEquals(1, service.history(ADMIN, d.id()).size(), "only the registration's step");
        assertEquals(1, log.real().entityHistory(DemandService.AUDIT_TYPE, String.valueOf(d.id()), PageRequest.ALL)
                .items().size());
    }
}
