package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.Section;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffQuery;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/** 组织机构与人员 on the real OrgService: tree, staff of a unit and below, dialogs, filter, sort, export. */
class OrgViewIT extends ViewTestSupport {

    static OrgService org;
    static AuditLog audit;
    static OrgUnit province;
    static OrgUnit city;
    static OrgUnit county;
    static Section countyHall;

    @BeforeAll
    static void data() throws Exception {
        org = service(OrgService.class);
        audit = service(AuditLog.class);
        province = org.createUnit(admin, new OrgUnitDraft(null, "OV51", "四川省医疗保障局", OrgLevel.PROVINCE));
        city = org.createUnit(admin, new OrgUnitDraft(province.id(), "OV5107", "绵阳市医疗保障局", OrgLevel.CITY));
        county = org.createUnit(admin, new OrgUnitDraft(city.id(), "OV510722", "三台县医疗保障局", OrgLevel.COUNTY));
        countyHall = org.createSection(admin, county.id(), "经办大厅");
        org.createStaff(admin,
                new StaffDraft("OV001", "张伟", city.id(), null, StaffTier.UNIT_HEAD, List.of("局长"), true));
        org.createStaff(admin, new StaffDraft("OV002", "李娜", county.id(), countyHall.id(), StaffTier.WINDOW_STAFF,
                List.of("综合柜员"), true));
        org.createStaff(admin, new StaffDraft("OV003", "王芳", county.id(), countyHall.id(), StaffTier.WINDOW_STAFF,
                List.of("综合柜员", "大厅经理"), true));
        org.createStaff(admin, new StaffDraft("OV004", "赵强", county.id(), null, StaffTier.OTHER, List.of(), false));
    }

    private OrgView openView() throws Exception {
        Composite parent = open();
        return (OrgView) contribution("platform.org").create(parent, site);
    }

    @Test
    void showsTheTreeAndTheStaffOfAUnitAndBelow() throws Exception {
        OrgView view = openView();
        view.selectUnit(city.id());
        assertEquals(city, view.selectedUnit());
        List<String> numbers = view.staffTable().visibleRows().stream().map(r -> r.staff().staffNumber()).toList();
        assertEquals(List.of("OV001", "OV002", "OV003", "OV004"), numbers, "the city's staff and its county's");
        assertEquals("共 4 条", view.staffTable().countLabel().getText());
        OrgView.StaffRow wang = view.staffTable().visibleRows().get(2);
        assertEquals("三台县医疗保障局", wang.unitName());
        assertEquals("经办大厅", wang.sectionName());
        assertEquals(List.of("OV003", "王芳", "三台县医疗保障局", "经办大厅", "窗口人员", "综合柜员、大厅经理", "是"),
                shown(view.staffTable()).get(2));
        view.selectUnit(county.id());
        assertEquals(3, view.staffTable().visibleRows().size());
        assertNoErrors(site);
        screenshot("org-staff");
    }

    @Test
    void filterSortAndExportShowExactlyTheVisibleRows() throws Exception {
        OrgView view = openView();
        view.selectUnit(city.id());
        view.staffTable().setFilter("综合柜员");
        assertEquals(List.of("OV002", "OV003"),
                view.staffTable().visibleRows().stream().map(r -> r.staff().staffNumber()).toList());
        assertEquals("显示 2 条，共 4 条", view.staffTable().countLabel().getText());
        view.staffTable().sort(0, false);
        assertEquals(List.of("OV003", "OV002"),
                view.staffTable().visibleRows().stream().map(r -> r.staff().staffNumber()).toList());
        assertExportMatches(view.staffTable());
        assertEquals(List.of("工号", "姓名", "单位", "科室", "人员类别", "岗位", "在岗"), headers(view.staffTable()));
        view.staffTable().setFilter("");
        view.staffTable().sort(1, true);
        assertEquals(4, view.staffTable().visibleRows().size());
        assertExportMatches(view.staffTable());
        assertNoErrors(site);
    }

    @Test
    void aStaffMemberAddedInTheDialogReachesTheServiceAndTheAuditLog() throws Exception {
        OrgView view = openView();
        view.selectUnit(county.id());
        withDialog(FormDialog.class, d -> {
            d.setText("staffNumber", "OV010");
            d.setText("name", "陈静");
            d.select("sectionId", countyHall.id());
            d.select("tier", StaffTier.WINDOW_STAFF);
            d.setText("posts", "综合柜员、咨询");
            d.submit();
        }, () -> view.staffDialog(null));
        Staff chen = org.staffByNumber(Actor.SYSTEM, "OV010").orElseThrow();
        assertEquals("陈静", chen.name());
        assertEquals(county.id(), chen.unitId());
        assertEquals(countyHall.id(), chen.sectionId());
        assertEquals(List.of("综合柜员", "咨询"), chen.posts());
        assertTrue(view.staffTable().rows().stream().anyMatch(r -> r.staff().id() == chen.id()),
                "the table shows the new member");
        List<AuditEntry> entries = audit
                .query(admin, new AuditQuery("org.staff", String.valueOf(chen.id()), null, null, null),
                        PageRequest.ALL)
                .items();
        assertEquals(1, entries.size());
        assertEquals("create", entries.get(0).action());
        assertEquals("admin", entries.get(0).username());

        // and changed in the dialog opened for the row
        OrgView.StaffRow row = view.staffTable().rows().stream().filter(r -> r.staff().id() == chen.id()).findFirst()
                .orElseThrow();
        withDialog(FormDialog.class, d -> {
            d.setChecked("active", false);
            d.submit();
        }, () -> view.staffDialog(row));
        assertFalse(org.staffMember(Actor.SYSTEM, chen.id()).orElseThrow().active());
        assertNoErrors(site);
    }

    @Test
    void badStaffInputShowsTheFieldsMessageAndStoresNothing() throws Exception {
        OrgView view = openView();
        view.selectUnit(county.id());
        long before = org.staff(Actor.SYSTEM, StaffQuery.ALL, PageRequest.ALL).total();
        String[] nameError = new String[1];
        String[] numberError = new String[1];
        withDialog(FormDialog.class, d -> {
            d.setText("staffNumber", "OV020");
            d.setText("name", "  ");
            d.submit();
            nameError[0] = d.error("name");
            numberError[0] = d.error("staffNumber");
            assertTrue(d.getShell() != null && !d.getShell().isDisposed(), "the dialog stays open");
            screenshotQuietly("org-staff-dialog-error");
            d.close();
        }, () -> view.staffDialog(null));
        assertTrue(nameError[0].startsWith("姓名必填"), nameError[0]);
        assertEquals("", numberError[0]);
        assertEquals(before, org.staff(Actor.SYSTEM, StaffQuery.ALL, PageRequest.ALL).total());
        assertTrue(org.staffByNumber(Actor.SYSTEM, "OV020").isEmpty());
        assertNoErrors(site);
    }

    @Test
    void aUnitIsAddedAndRenamedThroughItsDialog() throws Exception {
        OrgView view = openView();
        view.selectUnit(county.id());
        withDialog(FormDialog.class, d -> {
            d.setText("code", "OV51072201");
            d.setText("name", "三台县潼川镇医保服务站");
            d.submit();
        }, () -> view.unitDialog(null));
        OrgUnit town = org.unitByCode(Actor.SYSTEM, "OV51072201").orElseThrow();
        assertEquals(county.id(), town.parentId());
        assertEquals(OrgLevel.TOWNSHIP, town.level());
        assertEquals(town, view.selectedUnit(), "the new unit is selected in the tree");

        // a level not below the parent's is refused by the service and shown beside the level
        String[] levelError = new String[1];
        withDialog(FormDialog.class, d -> {
            d.select("level", OrgLevel.PROVINCE);
            d.submit();
            levelError[0] = d.error("level");
            d.close();
        }, () -> view.unitDialog(town));
        assertTrue(levelError[0].startsWith("层级须低于上级单位"), levelError[0]);
        assertEquals(OrgLevel.TOWNSHIP, org.unit(Actor.SYSTEM, town.id()).orElseThrow().level());

        withDialog(FormDialog.class, d -> {
            d.setText("name", "三台县潼川镇医保工作站");
            d.submit();
        }, () -> view.unitDialog(view.selectedUnit()));
        assertEquals("三台县潼川镇医保工作站", org.unit(Actor.SYSTEM, town.id()).orElseThrow().name());
        assertEquals(1, audit.query(admin, new AuditQuery("org.unit", String.valueOf(town.id()), "admin", null, null),
                PageRequest.ALL).items().stream().filter(e -> e.action().equals("update")).count());
        assertNoErrors(site);
    }

    private void screenshotQuietly(String name) {
        try {
            for (var s : display.getShells()) {
                if (s.getData() instanceof FormDialog && s.isVisible()) {
                    capture(s, name);
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
