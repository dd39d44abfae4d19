package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintDraft;
import org.xingfeng.evaluations.api.complaints.ComplaintQuery;
import org.xingfeng.evaluations.api.complaints.ComplaintService;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.api.tasks.TaskUpdate;
import org.xingfeng.evaluations.core.internal.complaints.ComplaintServiceImpl;
import org.xingfeng.evaluations.core.internal.tasks.RectificationTaskServiceImpl;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.calendar.WorkingDayCalendar;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;
import org.xingfeng.platform.testing.WatchedAuditLog;

/**
 * The module's changes and their audit entries commit together: the task and complaint services built here on the
 * server's own components, with the platform's {@link WatchedAuditLog} (notes whether a transaction is open when
 * called, can refuse to write); a refused entry leaves no task, no template's tasks, no changed task and no complaint
 * behind.
 */
class AuditInTransactionIT {

    static final Actor OFFICER = new Actor(0, "audit.tx", Set.of("evaluations.officer", "staff"), Reach.EVERYWHERE);
    static WatchedAuditLog log;
    static RectificationTaskServiceImpl tasks;
    static ComplaintServiceImpl complaints;
    static long county;
    static long staff;

    @BeforeAll
    static void world() {
        Api.awaitReady();
        String admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        staff = EvalFixtures.staff(admin, county, null, "王小明").path("id").asLong();
        BundleContext c = FrameworkUtil.getBundle(AuditInTransactionIT.class).getBundleContext();
        log = new WatchedAuditLog(Services.get(c, AuditLog.class));
        EvaluationsDatabase db = Services.get(c, EvaluationsDatabase.class);
        tasks = new RectificationTaskServiceImpl(db, log, Services.get(c, OrgService.class),
                Services.get(c, SpreadsheetService.class), Services.get(c, BureauTime.class));
        complaints = new ComplaintServiceImpl(db, log, Services.get(c, WorkingDayCalendar.class),
                Services.get(c, OrgService.class), Services.get(c, BureauTime.class),
                WatchedAuditLog.defaults(ComplaintServiceImpl.Config.class));
    }

    static TaskDraft task() {
        return new TaskDraft(county, null, "规范窗口人员文明用语", null, List.of(), "2099年12月底前", null);
    }

    static long taskCount() {
        return tasks.tasks(OFFICER, new TaskQuery(county, null, null, null, null, null), PageRequest.ALL).total();
    }

    static ComplaintDraft complaint() {
        return new ComplaintDraft(ComplaintChannel.HOTLINE, ComplaintCategory.ATTITUDE, county,
                ComplaintSubject.STAFF, staff, null, null, "张三", null, "窗口人员态度生硬", LocalDate.now());
    }

    @Test
    void aTaskIsNotLeftWithoutItsEntry() {
        long before = taskCount();
        log.clear();
        log.refused(() -> tasks.create(OFFICER, task()));
        assertEquals(before, taskCount(), "the task was rolled back with its entry");
        log.refused(() -> tasks.instantiate(OFFICER, RectificationTaskService.SELF_CHECK_2019, county));
        assertEquals(before, taskCount(), "the template's tasks were rolled back with their entries");
        assertEquals(List.of(true, true), log.inTransaction(), "each entry asked for inside its change's transaction");

        // with the log writing again, the same change goes through, audited
        RectificationTask made = tasks.create(OFFICER, task());
        assertEquals(before + 1, taskCount());
        assertEquals(1, log.real().entityHistory("evaluations.task", String.valueOf(made.id()), PageRequest.ALL)
                .items().size());
        // a change of an existing task: refused whole, the task as it was
        log.refused(() -> tasks.update(OFFICER, made.id(), new TaskUpdate(null, null, null, null, null, null, null,
                "已整改", null, null, null)));
        assertNull(tasks.task(OFFICER, made.id()).orElseThrow().selfCheck(), "the task as it was");
        assertEquals(1, log.real().entityHistory("evaluations.task", String.valueOf(made.id()), PageRequest.ALL)
                .items().size(), "only the creation's entry");
    }

    @Test
    void aComplaintIsNotLeftWithoutItsEntry() {
        ComplaintQuery ofCounty = new ComplaintQuery(county, null, null, null, null);
        long before = complaints.complaints(OFFICER, ofCounty, PageRequest.ALL).total();
        log.refused(() -> complaints.register(OFFICER, complaint()));
        assertEquals(before, complaints.complaints(OFFICER, ofCounty, PageRequest.ALL).total(),
                "the complaint was rolled back with its entry");
        var made = complaints.register(OFFICER, complaint());
        assertEquals(1, log.real()
                .entityHistory(ComplaintService.AUDIT_TYPE, String.valueOf(made.id()), PageRequest.ALL).items()
                .size());
    }
}
