package org.xingfeng.windows.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xingfeng.windows.core.internal.WindowsFixtures.callNext;
import static org.xingfeng.windows.core.internal.WindowsFixtures.hall;
import static org.xingfeng.windows.core.internal.WindowsFixtures.step;
import static org.xingfeng.windows.core.internal.WindowsFixtures.take;
import static org.xingfeng.windows.core.internal.WindowsFixtures.window;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketDraft;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.ConflictException;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.testing.Api;
import org.xingfeng.platform.testing.AuditChainHead;
import org.xingfeng.platform.testing.Fixtures;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.records.HandlingChannel;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.HandlingRecordQuery;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.OnTimeQuery;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordDimension;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 办件 through the service on the real runtime and database: opened from the ticket being served (read through the
 * queue's api) and directly, the steps in order and refused out of order, numbers unique under concurrency, reach and
 * masking of the citizen's data. Halls, windows and tickets are made over HTTP.
 */
class HandlingRecordsIT {

    static String admin;
    static long county;
    static long otherCounty;
    static long hall;
    static long window;
    static Actor staffA;
    static Actor auditorA;
    static Actor staffB;
    static ServiceTracker<HandlingRecordService, HandlingRecordService> tracker;
    static HandlingRecordService records;

    @BeforeAll
    static void setUp() throws InterruptedException {
        Api.awaitReady();
        admin = Api.admin();
        county = Fixtures.createCounty(admin).path("id").asLong();
        otherCounty = Fixtures.createCounty(admin).path("id").asLong();
        hall = hall(admin, county, "办件大厅");
        window = window(admin, hall, "1", "M1", "M2");
        staffA = new Actor(-1, "staff-a", Set.of(WindowsRoles.STAFF), Reach.of(county, Set.of(county)));
        auditorA = new Actor(-1, "auditor-a", Set.of(Roles.AUDITOR), Reach.of(county, Set.of(county)));
        staffB = new Actor(-1, "staff-b", Set.of(WindowsRoles.STAFF), Reach.of(otherCounty, Set.of(otherCounty)));
        BundleContext context = FrameworkUtil.getBundle(WindowsDatabase.class).getBundleContext();
        tracker = new ServiceTracker<>(context, HandlingRecordService.class, null);
        tracker.open();
        records = tracker.waitForService(30_000);
        assertNotNull(records, "the handling record service");
    }

    @AfterAll
    static void tearDown() {
        tracker.close();
    }

    @Test
    void closingARecordIssuesItsEvaluationTicketWhenEvaluationsIsThere() throws InterruptedException {
        HandlingRecord before = records.open(staffA, atWindow("M1", null, null));
        assertNull(records.step(staffA, before.id(), new StepDraft(StepKind.REJECT, "无评价模块", null))
                .evaluationTicket(), "no ticket without the evaluations module");
        BundleContext context = FrameworkUtil.getBundle(WindowsDatabase.class).getBundleContext();
        List<EvaluationTicketDraft> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        EvaluationTicketService fake = new EvaluationTicketService() {
            @Override
            public EvaluationTicket issue(Actor actor, EvaluationTicketDraft draft) {
                asked.add(draft);
                return new EvaluationTicket("signed-" + draft.recordNo(), draft.unitId(), draft.recordNo(),
                        draft.staffNumber(), draft.windowNo(), draft.matterCode(), java.time.Instant.now());
            }

            @Override
            public EvaluationTicket verify(String token) {
                throw new UnsupportedOperationException();
            }
        };
        ServiceRegistration<EvaluationTicketService> reg = context.registerService(EvaluationTicketService.class, fake,
                null);
        try {
            String ticket = null;
            for (int i = 0; i < 100 && ticket == null; i++) { // the link activates and binds on the framework's time
                HandlingRecord r = records.open(staffA, atWindow("M1", null, null));
                records.step(staffA, r.id(), StepDraft.of(StepKind.ACCEPT));
                HandlingRecord done = records.step(staffA, r.id(), StepDraft.of(StepKind.COMPLETE));
                ticket = done.evaluationTicket();
                if (ticket != null) {
                    assertEquals("signed-" + done.number(), ticket);
                    EvaluationTicketDraft d = asked.get(asked.size() - 1);
                    assertEquals(county, d.unitId().longValue());
                    assertEquals("1", d.windowNo());
                    assertEquals("M1", d.matterCode());
                    assertEquals(ticket, records.record(auditorA, r.id()).orElseThrow().evaluationTicket());
                } else {
                    Thread.sleep(100);
                }
            }
            assertNotNull(ticket, "closing a record issues its evaluation ticket");
        } finally {
            reg.unregister();
        }
    }

    static HandlingRecordDraft atWindow(String code, String name, String id) {
        return new HandlingRecordDraft(null, window, null, code, name, id, null, null, null, null);
    }

    @Test
    void aRecordOpenedFromTheTicketBeingServedGoesThroughItsSteps() {
        long ownHall = hall(admin, county, "办件取号大厅");
        long ownWindow = window(admin, ownHall, "1", "M2");
        JsonNode t = take(admin, ownHall, "M2");
        assertEquals(t.path("id").asLong(), callNext(admin, ownWindow).path("id").asLong());
        step(admin, t.path("id").asLong(), "start", null);
        HandlingRecord r = records.open(staffA, new HandlingRecordDraft(t.path("id").asLong(), null, null, null, "张三",
                "11010519491231002X", null, null, null, "首问"));
        assertTrue(r.number().matches("\\d{4}-\\d{6}"), r.number());
        assertEquals(county, r.unitId());
        assertEquals(ownWindow, r.windowId());
        assertEquals("1", r.windowNumber());
        assertEquals(t.path("number").asText(), r.ticketNumber());
        assertEquals("M2", r.matterCode());
        assertEquals(HandlingChannel.WINDOW, r.channel());
        assertEquals(RecordState.RECEIVED, r.state());
        assertEquals("张三", r.citizenName());
        assertEquals("11010519491231002X", r.citizenIdNumber());
        assertNull(r.timeLimitDays()); // no matters module in this runtime: the limit is not known

        HandlingRecord accepted = records.step(staffA, r.id(), StepDraft.of(StepKind.ACCEPT));
        assertEquals(RecordState.ACCEPTED, accepted.state());
        assertNotNull(accepted.acceptedOn());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> records.step(staffA, r.id(), StepDraft.of(StepKind.DELIVER)));
        assertEquals("record_state", refused.code());
        assertEquals(RecordState.ACCEPTED, records.record(staffA, r.id()).orElseThrow().state());
        records.step(staffA, r.id(), StepDraft.of(StepKind.REVIEW));
        HandlingRecord done = records.step(staffA, r.id(), StepDraft.of(StepKind.COMPLETE));
        assertEquals(RecordState.COMPLETED, done.state());
        assertNotNull(done.closedAt());
        HandlingRecord delivered = records.step(staffA, r.id(), StepDraft.of(StepKind.DELIVER));
        assertEquals(List.of(StepKind.ACCEPT, StepKind.REVIEW, StepKind.COMPLETE, StepKind.DELIVER),
                delivered.steps().stream().map(s -> s.kind()).toList());
        assertTrue(delivered.steps().stream().allMatch(s -> "staff-a".equals(s.by()) && s.at() != null));

        // the auditor reads it masked; another county does not see it at all
        HandlingRecord masked = records.record(auditorA, r.id()).orElseThrow();
        assertEquals("张*", masked.citizenName());
        assertEquals("1101**********002X", masked.citizenIdNumber());
        assertTrue(records.record(staffB, r.id()).isEmpty());
        assertThrows(org.xingfeng.platform.api.NotFoundException.class,
                () -> records.step(staffB, r.id(), StepDraft.of(StepKind.DELIVER)));
        assertEquals(r.id(), records.byNumber(staffA, county, r.number()).orElseThrow().id());
        assertTrue(records.byNumber(staffB, county, r.number()).isEmpty());
    }

    @Test
    void aWaitingTicketOpensNoRecord() {
        JsonNode t = take(admin, hall, "M1");
        ConflictException e = assertThrows(ConflictException.class, () -> records.open(staffA,
                new HandlingRecordDraft(t.path("id").asLong(), null, null, null, null, null, null, null, null, null)));
        assertEquals("ticket_state", e.code());
    }

    @Test
    void refusalsNameTheirReasonAndOneTimeNoticesTheirMaterials() {
        HandlingRecord r = records.open(staffA, atWindow("M1", "李四", null));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> records.step(staffA, r.id(), StepDraft.of(StepKind.REJECT)));
        assertEquals(List.of("note"), fields(noReason));
        HandlingRecord notified = records.step(staffA, r.id(),
                new StepDraft(StepKind.NOTIFY, "请补齐后再来", List.of("户口簿", "近期免冠照片")));
        assertEquals(RecordState.NOTIFIED, notified.state());
        assertEquals(List.of("户口簿", "近期免冠照片"), notified.missingMaterials());
        assertNull(notified.onTime());

        HandlingRecord other = records.open(staffA, atWindow("M1", null, null));
        HandlingRecord rejected = records.step(staffA, other.id(), new StepDraft(StepKind.REJECT, "不属于本单位职责", null));
        assertEquals(RecordState.REJECTED, rejected.state());
        assertEquals("不属于本单位职责", rejected.steps().get(0).note());
    }

    @Test
    void draftsOutOfReachOrWrongAreRefusedNamingTheField() {
        ValidationException otherWindow = assertThrows(ValidationException.class,
                () -> records.open(staffB, atWindow("M1", null, null)));
        assertEquals(List.of("windowId"), fields(otherWindow));
        ValidationException otherUnit = assertThrows(ValidationException.class, () -> records.open(staffB,
                new HandlingRecordDraft(null, null, county, "M1", null, null, null, null, HandlingChannel.ONLINE,
                        null)));
        assertEquals(List.of("unitId"), fields(otherUnit));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> records.open(staffA, atWindow("坏 code", null, "110105194912310021")));
        assertEquals(List.of("citizenIdNumber", "matterCode"), fields(bad).stream().sorted().toList());
        assertThrows(org.xingfeng.platform.api.ForbiddenException.class,
                () -> records.open(auditorA, atWindow("M1", null, null)));
        // online, without a window
        HandlingRecord online = records.open(staffA, new HandlingRecordDraft(null, null, county, "M9", null, null, null,
                null, HandlingChannel.ONLINE, null));
        assertEquals(HandlingChannel.ONLINE, online.channel());
        assertNull(online.windowId());
    }

    @Test
    void numbersStayUniqueWhenManyWindowsOpenRecordsAtOnce() throws Exception {
        int threads = 12;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int j = 0; j < each; j++) {
                        numbers.add(records.open(staffA, atWindow("M1", null, null)).number());
                    }
                    return numbers;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : futures) {
                for (String n : f.get(120, TimeUnit.SECONDS)) {
                    assertTrue(all.add(n), "number given twice: " + n);
                }
            }
            assertEquals(threads * each, all.size());
            // and without gaps: the unit's numbers this year run 1..N
            List<HandlingRecord> list = records
                    .records(staffA, HandlingRecordQuery.ofUnit(county), new PageRequest(0, 1000)).items();
            Set<Integer> seqs = new HashSet<>();
            list.forEach(r -> seqs.add(Integer.parseInt(r.number().substring(5))));
            for (int s = 1; s <= list.size(); s++) {
                assertTrue(seqs.contains(s), "number " + s + " missing");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsFilterByWindowStateAndFlagsAndGiveOnTimeRates() {
        HandlingRecord r = records.open(staffA, atWindow("M1", "王五", null));
        records.step(staffA, r.id(), StepDraft.of(StepKind.ACCEPT));
        List<HandlingRecord> open = records.records(staffA, new HandlingRecordQuery(county, null, window, null, null,
                null, null, null, true, null, null), PageRequest.ALL).items();
        assertTrue(open.stream().anyMatch(x -> x.id() == r.id()));
        assertTrue(open.stream().noneMatch(x -> x.state().closed()));
        // no due date without a known time limit: neither due soon nor overdue
        assertTrue(records.records(staffA, new HandlingRecordQuery(county, null, null, null, null, null, null, null,
                null, null, true), PageRequest.ALL).items().stream().noneMatch(x -> x.id() == r.id()));
        assertFalse(open.stream().filter(x -> x.id() == r.id()).findFirst().orElseThrow().overdue());
        // another county's list holds nothing of this one, and a unit out of reach is 404
        assertTrue(records.records(staffB, HandlingRecordQuery.ALL, PageRequest.ALL).items().stream()
                .noneMatch(x -> x.unitId() == county));
        assertThrows(org.xingfeng.platform.api.NotFoundException.class,
                () -> records.records(staffB, HandlingRecordQuery.ofUnit(county), PageRequest.ALL));
        List<OnTimeRate> rates = records.onTime(staffA, new OnTimeQuery(county, null, null, RecordDimension.WINDOW));
        assertEquals(null, rates.get(0).key());
        assertNotNull(records.table(staffA, open));
    }

    @Test
    void overHttpRecordsAreOpenedSteppedListedAndExported() {
        String api = WindowsFixtures.API + "/records";
        JsonNode r = WindowsFixtures.ok(Api.post(api, admin, Api.json(java.util.Map.of("windowId", window,
                "matterCode", "M1", "citizenName", "赵六", "citizenIdNumber", "11010519491231002X"))), 201, "open");
        long id = r.path("id").asLong();
        assertEquals("RECEIVED", r.path("state").asText());
        Api.Reply early = Api.post(api + "/" + id + "/steps", admin, Api.json(java.util.Map.of("kind", "DELIVER")));
        assertEquals(409, early.status(), early.text());
        assertEquals("record_state", early.error());
        assertEquals("ACCEPTED", WindowsFixtures.ok(Api.post(api + "/" + id + "/steps", admin,
                Api.json(java.util.Map.of("kind", "ACCEPT"))), 200, "accept").path("state").asText());
        Api.Reply bad = Api.post(api, admin, Api.json(java.util.Map.of("windowId", window, "matterCode", "M1",
                "citizenIdNumber", "123")));
        assertEquals(400, bad.status(), bad.text());
        assertEquals("citizenIdNumber", bad.json().path("details").get(0).path("field").asText());
        Api.Reply noKind = Api.post(api + "/" + id + "/steps", admin, "{}");
        assertEquals(400, noKind.status(), noKind.text());
        assertEquals(404, Api.get(api + "/99999999", admin).status());
        JsonNode list = WindowsFixtures.ok(Api.get(api + "?windowId=" + window + "&open=true", admin), 200, "list");
        assertTrue(list.path("total").asLong() >= 1, list.toString());
        Api.Reply xlsx = Api.get(api + "?unitId=" + county + "&format=xlsx", admin);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
        assertEquals(200, Api.get(api + "/on-time?unitId=" + county + "&by=MATTER&format=xlsx", admin).status());
        assertEquals(400, Api.get(api + "?state=NOPE", admin).status());
    }

    static List<String> fields(ValidationException e) {
        return e.details().stream().map(FieldError::field).toList();
    }

    @Test
    void aStepWhoseAuditEntryCannotBeWrittenIsRolledBackWithIt() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(WindowsDatabase.class).getBundleContext();
        ServiceTracker<AuditLog, AuditLog> logs = new ServiceTracker<>(context, AuditLog.class, null);
        ServiceTracker<WindowsDatabase, WindowsDatabase> dbs = new ServiceTracker<>(context, WindowsDatabase.class,
                null);
        logs.open();
        dbs.open();
        try {
            AuditLog log = logs.waitForService(30_000);
            EntityManagerFactory emf = dbs.waitForService(30_000).emf();
            HandlingRecord r = records.open(staffA, atWindow("M1", null, null));
            long entries = entries(log, r.id());
            assertEquals(1, entries, "the opening's entry");
            AuditChainHead.withoutAudit(AuditChainHead.on(emf),
                    () -> assertThrows(RuntimeException.class,
                            () -> records.step(staffA, r.id(), StepDraft.of(StepKind.ACCEPT))));
            HandlingRecord unchanged = records.record(staffA, r.id()).orElseThrow();
            assertEquals(RecordState.RECEIVED, unchanged.state(), "the step went with its entry");
            assertTrue(unchanged.steps().isEmpty());
            assertNull(unchanged.dueDate());
            assertEquals(entries, entries(log, r.id()), "no entry of the rolled-back step");

            // with the log writable again, the same step and exactly its one entry
            assertEquals(RecordState.ACCEPTED, records.step(staffA, r.id(), StepDraft.of(StepKind.ACCEPT)).state());
            assertEquals(entries + 1, entries(log, r.id()));
            assertEquals("step.accept",
                    log.entityHistory(HandlingRecordService.AUDIT_TYPE, Long.toString(r.id()), PageRequest.ALL)
                            .items().get(0).action());
        } finally {
            logs.close();
            dbs.close();
        }
    }

    private static long entries(AuditLog log, long recordId) {
        return log.entityHistory(HandlingRecordService.AUDIT_TYPE, Long.toString(recordId), PageRequest.ALL).total();
    }
}
