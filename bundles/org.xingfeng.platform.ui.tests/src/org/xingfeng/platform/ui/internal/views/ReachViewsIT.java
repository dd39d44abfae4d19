package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.org.OrgUnitDraft;
import org.xingfeng.platform.api.org.StaffDraft;
import org.xingfeng.platform.api.org.StaffTier;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/**
 * The platform's views for an administrator of county A, logged in through the real AuthService (so the reach is
 * the platform's own): the organisation tree starts at A, its staff and the accounts listed are A's; county B is not
 * there.
 */
class ReachViewsIT extends ViewTestSupport {

    static OrgUnit countyA;
    static OrgUnit townA;
    static OrgUnit countyB;
    static Actor adminA;

    @BeforeAll
    static void twoCounties() throws Exception {
        OrgService org = service(OrgService.class);
        UserService users = service(UserService.class);
        OrgUnit city = org.createUnit(admin, new OrgUnitDraft(null, "RV5107", "绵阳市医疗保障局", OrgLevel.CITY));
        countyA = org.createUnit(admin, new OrgUnitDraft(city.id(), "RV510722", "三台县医疗保障局", OrgLevel.COUNTY));
        townA = org.createUnit(admin, new OrgUnitDraft(countyA.id(), "RV51072201", "潼川镇服务站", OrgLevel.TOWNSHIP));
        countyB = org.createUnit(admin, new OrgUnitDraft(city.id(), "RV510723", "盐亭县医疗保障局", OrgLevel.COUNTY));
        org.createStaff(admin,
                new StaffDraft("RV001", "甲县员工", countyA.id(), null, StaffTier.WINDOW_STAFF, List.of(), true));
        org.createStaff(admin,
                new StaffDraft("RV002", "乙县员工", countyB.id(), null, StaffTier.WINDOW_STAFF, List.of(), true));
        users.create(admin,
                new UserDraft("rv.b", "乙县管理员", null, countyB.id(), Set.of("admin", "staff"), "Rv-b-2026-pass"));
        UserAccount a = users.create(admin, new UserDraft("rv.a", "甲县管理员", null, countyA.id(), Set.of("admin", "staff"),
                "Rv-a-2026-pass"));
        AuthService auth = service(AuthService.class);
        adminA = auth.authenticate(auth.login("rv.a", "Rv-a-2026-pass").token()).orElseThrow();
        assertEquals(countyA.id(), adminA.reach().homeUnitId());
        assertEquals(a.id(), adminA.userId());
    }

    @Test
    void theOrganisationTreeStartsAtTheHomeUnit() throws Exception {
        open(adminA, Locale.SIMPLIFIED_CHINESE);
        OrgView view = (OrgView) contribution("platform.org").create(shell, site);
        settle(500);
        TreeItem[] top = view.tree().getTree().getItems();
        List<String> tops = Arrays.stream(top).map(TreeItem::getText).toList();
        assertEquals(1, tops.size(), tops.toString());
        assertTrue(tops.get(0).startsWith("三台县医疗保障局") && tops.get(0).contains("RV510722"), tops.toString());
        view.selectUnit(countyA.id());
        settle(500);
        List<String> numbers = view.staffTable().visibleRows().stream().map(r -> r.staff().staffNumber()).toList();
        assertTrue(numbers.contains("RV001"), numbers.toString());
        assertTrue(numbers.stream().noneMatch("RV002"::equals), numbers.toString());
        view.selectUnit(countyB.id());
        assertEquals(countyA.id(), view.selectedUnit().id(), "county B cannot be selected: it is not in the tree");
        assertNoErrors(site);
        screenshot("reach-org-county-a");
    }

    @Test
    void theAccountsListedAreTheReachs() throws Exception {
        open(adminA, Locale.SIMPLIFIED_CHINESE);
        UsersView view = (UsersView) contribution("platform.users").create(shell, site);
        settle(500);
        List<String> names = view.table().visibleRows().stream().map(UserAccount::username).toList();
        assertEquals(List.of("rv.a"), names);
        assertNoErrors(site);
    }
}
