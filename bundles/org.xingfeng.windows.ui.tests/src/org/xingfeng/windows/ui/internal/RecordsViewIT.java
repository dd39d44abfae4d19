package org.xingfeng.windows.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.windows.api.WindowsRoles;
import org.xingfeng.windows.api.halls.Hall;
import org.xingfeng.windows.api.halls.HallService;
import org.xingfeng.windows.api.halls.WindowService;
import org.xingfeng.windows.api.records.HandlingRecord;
import org.xingfeng.windows.api.records.HandlingRecordDraft;
import org.xingfeng.windows.api.records.HandlingRecordQuery;
import org.xingfeng.windows.api.records.HandlingRecordService;
import org.xingfeng.windows.api.records.OnTimeRate;
import org.xingfeng.windows.api.records.RecordDimension;
import org.xingfeng.windows.api.records.RecordState;
import org.xingfeng.windows.api.records.StepDraft;
import org.xingfeng.windows.api.records.StepKind;

/**
 * 办件 and 按时办结率 on the real services: a record taken through its steps from the view, a one-time notice
 * printed, another county's record neither listed nor opened, a step the record no longer allows (another user moved
 * it) refused with the service's 409 message in the dialog; with the demo's year of records, the overdue flag in
 * colour and the on-time rates per window with their chart.
 */
class RecordsViewIT extends ViewTestSupport {

    static final String[] DEMO_PIDS = { "org.xingfeng.setup.demo", "org.xingfeng.windows.demo",
            "org.xingfeng.windows.records.demo" };
    static OrgService org;
    static HandlingRecordService records;
    static WinFixture f;
    static WinFixture other;
    static Actor staff;
    static Actor otherStaff;

    @BeforeAll
    static void data() throws Exception {
        org = service(OrgService.class);
        records = service(HandlingRecordService.class);
        HallService halls = service(HallService.class);
        WindowService windows = service(WindowService.class);
        f = WinFixture.create(org, halls, windows, admin, WinFixture.tag("WR"));
        other = WinFixture.create(org, halls, windows, admin, WinFixture.tag("WO"));
        staff = new Actor(-1, "records-staff", Set.of(WindowsRoles.STAFF),
                Reach.of(f.county.id(), Set.of(f.county.id())));
        otherStaff = new Actor(-1, "records-other", Set.of(WindowsRoles.STAFF),
                Reach.of(other.county.id(), Set.of(other.county.id())));
    }

    @AfterAll
    static void demoOff() throws Exception {
        for (String pid : DEMO_PIDS) {
            demo(pid, false);
        }
    }

    static void demo(String pid, boolean on) throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        Configuration c = cm.getConfiguration(pid, "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("demo", Boolean.toString(on));
        c.update(p);
    }

    static HandlingRecord open(WinFixture at, Actor actor, String citizen) {
        return records.open(actor, new HandlingRecordDraft(null, at.w1.id(), null, at.reimburse, citizen,
                "11010519491231002X", null, null, null, null));
    }

    RecordsView view(Actor actor) {
        return new RecordsView(open(actor, Locale.SIMPLIFIED_CHINESE), site, records,
                svc(HallService.class), svc(WindowService.class), org);
    }

    static <S> S svc(Class<S> type) {
        try {
            return service(type);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    void take(RecordsView view, StepKind kind) {
        withDialog(FormDialog.class, FormDialog::submit, () -> view.step(view.current(), kind));
    }

    @Test
    void aRecordGoesThroughItsStepsFromTheView() throws Exception {
        HandlingRecord r = open(f, staff, "张三");
        RecordsView view = view(staff);
        view.setFilters(f.county.id(), f.w1.id(), null, null, false, false, null);
        view.reload();
        List<List<String>> rows = shown(view.table());
        assertTrue(rows.stream().anyMatch(row -> row.get(0).equals(r.number()) && row.get(5).equals("收件")),
                rows.toString());
        view.table().rows().stream().filter(x -> x.id() == r.id()).findFirst().ifPresent(view.table()::select);
        view.show(r);
        assertEquals(r.id(), view.current().id());
        assertTrue(view.action(StepKind.ACCEPT).isEnabled());
        assertFalse(view.action(StepKind.DELIVER).isEnabled(), "送达 only after 办结");
        assertTrue(view.detailText().contains("张三"), view.detailText());

        take(view, StepKind.ACCEPT);
        take(view, StepKind.REVIEW);
        take(view, StepKind.COMPLETE);
        assertEquals(RecordState.COMPLETED, records.record(staff, r.id()).orElseThrow().state());
        assertEquals(RecordState.COMPLETED, view.current().state());
        assertEquals(List.of("受理", "审核", "办结"), shown(view.steps()).stream().map(s -> s.get(0)).toList());
        assertTrue(view.action(StepKind.DELIVER).isEnabled());
        assertFalse(view.action(StepKind.ACCEPT).isEnabled());
        screenshot("windows-records");

        // found by its number alone; exported whole through the service
        view.setFilters(f.county.id(), null, null, null, false, false, r.number());
        view.reload();
        assertEquals(List.of(r.number()), shown(view.table()).stream().map(s -> s.get(0)).toList());
        site.lastExport = null;
        view.setFilters(f.county.id(), null, null, null, false, false, null);
        view.exportAll();
        assertNotNull(site.lastExport, "the records exported");
        assertNoErrors(site);
    }

    @Test
    void aOneTimeNoticeIsPrinted() throws Exception {
        HandlingRecord r = open(f, staff, "李四");
        RecordsView view = view(staff);
        view.setFilters(f.county.id(), null, null, RecordState.RECEIVED, false, false, null);
        view.reload();
        view.show(r);
        assertFalse(view.printNoticeButton().isEnabled());
        withDialog(FormDialog.class, d -> {
            d.setText("materials", "居民身份证复印件\n医疗费用发票原件");
            d.setText("note", "发票须为原件");
            d.submit();
        }, () -> view.step(view.current(), StepKind.NOTIFY));
        HandlingRecord told = records.record(staff, r.id()).orElseThrow();
        assertEquals(RecordState.NOTIFIED, told.state());
        assertEquals(List.of("居民身份证复印件", "医疗费用发票原件"), told.missingMaterials());
        assertTrue(view.printNoticeButton().isEnabled());
        NoticePrinter notice = view.printNotice();
        assertNotNull(notice);
        assertEquals(1, notice.pageCount());
        List<String> lines = notice.lines();
        assertTrue(lines.contains("办件编号：" + r.number()), lines.toString());
        assertTrue(lines.contains("1 居民身份证复印件"), lines.toString());
        assertTrue(lines.contains("2 医疗费用发票原件"), lines.toString());
        assertTrue(lines.contains("说明：发票须为原件"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("申请人：李四")), lines.toString());
        settle(200);
        capture(notice.shell(), "windows-notice");
        notice.snapshot().dispose();
        notice.shell().close();
        assertNoErrors(site);
    }

    @Test
    void anotherCountysRecordIsNeitherListedNorOpened() throws Exception {
        HandlingRecord theirs = open(other, otherStaff, "王五");
        HandlingRecord ours = open(f, staff, "赵六");
        RecordsView view = view(staff);
        view.setFilters(null, null, null, null, false, false, null);
        view.reload();
        List<String> numbers = view.table().rows().stream().map(r -> r.unitId() + ":" + r.number()).toList();
        assertTrue(numbers.contains(f.county.id() + ":" + ours.number()), numbers.toString());
        assertFalse(view.table().rows().stream().anyMatch(r -> r.unitId() == other.county.id()), numbers.toString());
        // its number typed in finds nothing here (the same number may exist in this county: another record)
        view.setFilters(null, null, null, null, false, false, theirs.number());
        view.reload();
        assertTrue(view.table().rows().stream().noneMatch(r -> r.id() == theirs.id()));
        // opened by id (as a stale link would): nothing shown, no step possible
        view.show(theirs);
        assertNull(view.current());
        assertFalse(view.action(StepKind.ACCEPT).isEnabled());
        assertNoErrors(site);
    }

    @Test
    void aStepNoLongerAllowedShowsTheServicesConflict() throws Exception {
        HandlingRecord r = open(f, staff, "孙七");
        RecordsView view = view(staff);
        view.show(r);
        assertTrue(view.action(StepKind.ACCEPT).isEnabled());
        // meanwhile at another desk: refused
        records.step(staff, r.id(), new StepDraft(StepKind.REJECT, "不属于本单位受理范围", null));
        String[] message = new String[1];
        withDialog(FormDialog.class, d -> {
            d.submit();
            message[0] = d.generalError();
            d.close();
        }, () -> view.step(view.current(), StepKind.ACCEPT));
        assertNotNull(message[0], "the dialog says why");
        assertTrue(message[0].contains("不予受理") && message[0].contains("REJECTED"), message[0]);
        assertEquals(RecordState.REJECTED, records.record(staff, r.id()).orElseThrow().state(), "nothing changed");
        assertNoErrors(site);
    }

    @Test
    void theDemoYearShowsOverdueFlagsAndOnTimeRatesPerWindow() throws Exception {
        for (String pid : DEMO_PIDS) {
            demo(pid, true);
        }
        LocalDate today = time.today();
        Long county = null;
        long end = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < end) { // the demo makes a month per event, the oldest first
            county = WindowsUi.halls(svc(HallService.class), admin).stream()
                    .filter(h -> h.code().startsWith("DEMO-510722")).map(Hall::unitId).findFirst().orElse(null);
            if (county != null && records.records(admin, new HandlingRecordQuery(county, null, null, null, null,
                    null, YearMonth.from(today).atDay(1), today, null, null, null),
                    PageRequest.of(0, 1)).total() > 0) {
                break;
            }
            Thread.sleep(1000);
        }
        assertNotNull(county, "the demo county");

        RecordsView view = view(admin);
        view.setFilters(county, null, null, null, false, true, null);
        view.reload();
        List<HandlingRecord> late = view.table().rows();
        assertFalse(late.isEmpty(), "overdue records in the demo year");
        for (HandlingRecord r : late) {
            assertTrue(r.overdue(), r.number());
            assertEquals(RecordsView.OVERDUE, RecordsView.colour(r));
            assertEquals("逾期", view.flag(r));
        }
        assertTrue(shown(view.table()).stream().allMatch(row -> row.get(8).equals("逾期")));
        screenshot("windows-records-overdue");

        OnTimeView onTime = new OnTimeView(open(), site, records, org);
        onTime.setFilters(county, today.minusMonths(11).withDayOfMonth(1), today, RecordDimension.WINDOW);
        onTime.reload();
        List<OnTimeRate> rates = onTime.rates();
        assertTrue(rates.size() > 1, rates.toString());
        OnTimeRate total = rates.get(0);
        assertNull(total.key(), "the total first");
        assertEquals(rates.subList(1, rates.size()).stream().mapToLong(OnTimeRate::completed).sum(),
                total.completed(), "the parts add up to the total");
        assertTrue(total.rate() > 0.5 && total.rate() < 1.0, "mostly on time, not all: " + total);
        assertEquals(rates.size() - 1, onTime.chart().bars().size(), "a bar per window");
        assertEquals(rates.get(1).rate(), onTime.chart().bars().get(0).value());
        site.lastExport = null;
        onTime.export();
        assertNotNull(site.lastExport);
        screenshot("windows-ontime");
        assertNoErrors(site);
    }
}
