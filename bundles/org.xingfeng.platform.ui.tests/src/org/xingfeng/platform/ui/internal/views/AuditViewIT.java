package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.Reach;
import org.xingfeng.platform.api.ForbiddenException;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/** 审计日志 on the real audit log: filters, paging, bad dates, roles, export. */
class AuditViewIT extends ViewTestSupport {

    static AuditLog audit;
    static OrgUnit unit;

    @BeforeAll
    static void data() throws Exception {
        audit = service(AuditLog.class);
        OrgService org = service(OrgService.class);
        unit = org.createUnit(admin, new OrgUnitDraft(null, "AV01", "审计测试局", OrgLevel.PROVINCE));
        for (int i = 1; i <= 4; i++) {
            org.updateUnit(admin, unit.id(), new OrgUnitDraft(null, "AV01", "审计测试局" + i, OrgLevel.PROVINCE));
        }
    }

    @Test
    void theViewIsForAdministratorsAndAuditors() throws Exception {
        assertEquals(Set.of(Roles.ADMIN, Roles.AUDITOR), contribution("platform.audit").roles());
        Composite parent = open();
        AuditView view = (AuditView) contribution("platform.audit").create(parent, site);
        assertTrue(view.table().rows().size() >= 5, "the newest entries are shown");
        assertNoErrors(site);
        screenshot("audit");

        // a user without either role is refused by the service, and the view says so
        Composite other = open(new Actor(999, "someone", Set.of(Roles.STAFF), Reach.EVERYWHERE),
                Locale.SIMPLIFIED_CHINESE);
        AuditView refused = (AuditView) contribution("platform.audit").create(other, site);
        assertTrue(refused.table().rows().isEmpty());
        assertInstanceOf(ForbiddenException.class, site.errors.get(0));
    }

    @Test
    void filtersByEntityUserAndDatesAndPages() throws Exception {
        Composite parent = open();
        AuditView view = new AuditView(parent, site, audit, 2);
        String today = time.today().toString();
        view.setFilters(today, today, "admin", "org.unit", String.valueOf(unit.id()));
        view.search();
        assertEquals("", view.message());
        assertEquals("第 1 / 3 页，共 5 条", view.pageText());
        assertEquals(List.of("update", "update"), view.table().rows().stream().map(AuditEntry::action).toList());
        assertExportMatches(view.table());
        view.load(2);
        assertEquals("第 3 / 3 页，共 5 条", view.pageText());
        List<AuditEntry> last = view.table().rows();
        assertEquals(1, last.size());
        assertEquals("create", last.get(0).action());
        assertEquals(null, last.get(0).before());
        assertTrue(last.get(0).after().contains("审计测试局"), last.get(0).after());
        // the table's own pager: the last page has no next one; the previous button goes back a page
        assertFalse(view.table().nextPageButton().isEnabled());
        assertTrue(view.table().previousPageButton().isEnabled());
        view.table().previousPageButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(1, view.page());
        assertEquals("第 2 / 3 页，共 5 条", view.pageText());
        view.table().previousPageButton().notifyListeners(SWT.Selection, new Event());
        assertEquals(0, view.page());
        assertFalse(view.table().previousPageButton().isEnabled());
        assertTrue(view.table().nextPageButton().isEnabled());

        // dates after today: nothing
        String tomorrow = time.today().plusDays(1).toString();
        view.setFilters(tomorrow, "", "admin", "org.unit", String.valueOf(unit.id()));
        view.search();
        assertTrue(view.table().rows().isEmpty());
        assertEquals("第 1 / 1 页，共 0 条", view.pageText());
        assertNoErrors(site);
    }

    @Test
    void aBadDateShowsAMessageAndKeepsTheList() throws Exception {
        Composite parent = open();
        AuditView view = new AuditView(parent, site, audit, 50);
        view.setFilters("", "", "", "org.unit", String.valueOf(unit.id()));
        view.search();
        List<AuditEntry> before = view.table().rows();
        assertEquals(5, before.size());
        view.setFilters("2026-1-5", "", "", "", "");
        view.search();
        assertTrue(view.message().startsWith("日期格式应为 yyyy-MM-dd"), view.message());
        assertEquals(before, view.table().rows());
        view.setFilters("2026-11-05", "2026-11-01", "", "", "");
        view.search();
        assertTrue(view.message().startsWith("结束日期早于开始日期"), view.message());
        assertEquals(before, view.table().rows());
        assertNoErrors(site);
    }
}
