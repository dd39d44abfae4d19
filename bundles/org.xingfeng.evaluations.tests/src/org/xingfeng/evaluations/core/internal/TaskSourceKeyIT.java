package org.xingfeng.evaluations.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.tasks.RectificationTask;
import org.xingfeng.evaluations.api.tasks.RectificationTaskService;
import org.xingfeng.evaluations.api.tasks.TaskDraft;
import org.xingfeng.evaluations.api.tasks.TaskQuery;
import org.xingfeng.evaluations.core.internal.tasks.RectificationTaskServiceImpl;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.time.BureauTime;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.platform.testing.Services;
import org.xingfeng.platform.testing.WatchedAuditLog;

/**
 * A task made for another module's record (a survey finding) is made once per source key: asked again, also at the
 * same moment, the first task answers; a key of another unit's task is refused; and a task whose audit entry cannot be
 * written leaves neither the task nor its key, so the retry makes it.
 */
class TaskSourceKeyIT {

    static RectificationTaskService tasks;
    static long county;
    static long otherCounty;
    static Actor officer;
    static Actor otherOfficer;

    @BeforeAll
    static void setUp() throws Exception {
        EvalFixtures.awaitPaths("/api/v1/evaluations/tasks");
        String admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        otherCounty = Fixtures.createCounty(admin).path("id").asLong();
        officer = new Actor(9001, "officer." + Api.unique(), Set.of(EvaluationService.OFFICER_ROLE),
                Reach.of(county, List.of(county)));
        otherOfficer = new Actor(9002, "officer." + Api.unique(), Set.of(EvaluationService.OFFICER_ROLE),
                Reach.of(otherCounty, List.of(otherCounty)));
        BundleContext context = FrameworkUtil.getBundle(TaskSourceKeyIT.class).getBundleContext();
        ServiceTracker<RectificationTaskService, RectificationTaskService> tracker = new ServiceTracker<>(context,
                RectificationTaskService.class, null);
        tracker.open();
        tasks = tracker.waitForService(30_000);
        assertTrue(tasks != null, "the task service");
    }

    static TaskDraft draft(long unit) {
        return new TaskDraft(unit, "问卷调查发现", "知晓率 60%，低于 80%", null, List.of(), null,
                LocalDate.now().plusDays(30));
    }

    static long count(Actor actor, long unit) {
        return tasks.tasks(actor, new TaskQuery(unit, null, null, null, null, null), PageRequest.ALL).total();
    }

    static String key() {
        return "publicity.finding:" + Api.unique() + "/1/knows/AWARENESS";
    }

    @Test
    void theSameKeyAnswersTheFirstTask() {
        long before = count(officer, county);
        String key = key();
        RectificationTask first = tasks.createOnce(officer, key, draft(county));
        RectificationTask again = tasks.createOnce(officer, " " + key + " ", draft(county));
        assertEquals(first.id(), again.id());
        // as stored (a database may keep the instants to the microsecond only)
        assertEquals(tasks.task(officer, first.id()).orElseThrow(), again, "unchanged");
        assertEquals(before + 1, count(officer, county));
        RectificationTask other = tasks.createOnce(officer, key(), draft(county));
        assertTrue(other.id() != first.id());
        assertEquals(before + 2, count(officer, county));
    }

    @Test
    void theSameKeyAtTheSameMomentMakesOneTask() throws Exception {
        long before = count(officer, county);
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> all = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    return tasks.createOnce(officer, key, draft(county)).id();
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : all) {
                ids.add(f.get());
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, count(officer, county));
    }

    @Test
    void aKeyOfAnotherUnitsTaskOrNoKeyIsRefused() {
        String key = key();
        tasks.createOnce(officer, key, draft(county));
        long before = count(otherOfficer, otherCounty);
        ConflictException taken = assertThrows(ConflictException.class,
                () -> tasks.createOnce(otherOfficer, key, draft(otherCounty)));
        assertEquals("source_key_taken", taken.code());
        assertEquals(before, count(otherOfficer, otherCounty));
        ValidationException blank = assertThrows(ValidationException.class,
                () -> tasks.createOnce(officer, " ", draft(county)));
        assertEquals("sourceKey", blank.details().get(0).field());
        assertThrows(ValidationException.class,
                () -> tasks.createOnce(officer, "k".repeat(RectificationTaskService.SOURCE_KEY_MAX + 1),
                        draft(county)));
    }

    @Test
    void withoutItsAuditEntryNeitherTaskNorKeyIsLeft() {
        // the task service built on the server's components with an audit log that can refuse to write
        BundleContext c = FrameworkUtil.getBundle(TaskSourceKeyIT.class).getBundleContext();
        WatchedAuditLog log = new WatchedAuditLog(Services.get(c, AuditLog.class));
        RectificationTaskServiceImpl watched = new RectificationTaskServiceImpl(
                Services.get(c, EvaluationsDatabase.class), log,
                Services.get(c, OrgService.class),
                Services.get(c, SpreadsheetService.class),
                Services.get(c, BureauTime.class));
        long before = count(officer, county);
        String key = key();
        log.refused(() -> watched.createOnce(officer, key, draft(county)));
        assertEquals(before, count(officer, county), "the task went with its entry");
        RectificationTask made = watched.createOnce(officer, key, draft(county));
        assertEquals(before + 1, count(officer, county), "the key was free again");
        assertEquals(made.id(), tasks.createOnce(officer, key, draft(county)).id());
    }
}
