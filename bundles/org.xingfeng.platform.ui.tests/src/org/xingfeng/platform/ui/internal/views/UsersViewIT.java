package org.xingfeng.platform.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.audit.AuditEntry;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.audit.AuditQuery;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.security.AuthService;
import org.xingfeng.platform.api.security.Roles;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.ViewContribution;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.testing.ViewTestSupport;

/** 用户与角色 on the real UserService: list, create, roles, password reset, disable, bad input, English labels. */
class UsersViewIT extends ViewTestSupport {

    static UserService users;
    static AuthService auth;
    static AuditLog audit;

    @BeforeAll
    static void data() throws Exception {
        users = service(UserService.class);
        auth = service(AuthService.class);
        audit = service(AuditLog.class);
        service(ModuleRegistry.class);
        if (users.byUsername(Actor.SYSTEM, "uv.auditor").isEmpty()) {
            users.create(admin,
                    new UserDraft("uv.auditor", "审计员甲", null, null, Set.of(Roles.AUDITOR), "Audit-2026-pass"));
            users.create(admin, new UserDraft("uv.staff", "工作人员乙", null, null, Set.of(Roles.STAFF), "Staff-2026-pass"));
        }
    }

    private UsersView openView() throws Exception {
        Composite parent = open();
        return (UsersView) contribution("platform.users").create(parent, site);
    }

    @Test
    void onlyAdministratorsSeeTheView() throws Exception {
        ViewContribution c = contribution("platform.users");
        assertEquals(Set.of(Roles.ADMIN), c.roles());
        assertEquals("用户与角色", c.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Users and roles", c.label(Locale.ENGLISH));
    }

    @Test
    void listsTheAccountsWithRoleNamesAndExportsThem() throws Exception {
        UsersView view = openView();
        List<String> names = view.table().visibleRows().stream().map(UserAccount::username).toList();
        assertTrue(names.containsAll(List.of("admin", "uv.auditor", "uv.staff")), names.toString());
        assertEquals(users.users(Actor.SYSTEM).size(), view.table().rows().size());
        view.table().setFilter("uv.");
        assertEquals(List.of("uv.auditor", "uv.staff"), view.table().visibleRows().stream().map(UserAccount::username)
                .filter(n -> n.equals("uv.auditor") || n.equals("uv.staff")).toList());
        List<String> auditorRow = shown(view.table()).stream().filter(r -> r.get(0).equals("uv.auditor")).findFirst()
                .orElseThrow();
        assertEquals("审计员", auditorRow.get(2), "roles by their Chinese names");
        view.table().sort(0, false);
        assertExportMatches(view.table());
        assertNoErrors(site);
        screenshot("users");
    }

    @Test
    void aUserCreatedInTheDialogGetsTheRolesAndIsAudited() throws Exception {
        UsersView view = openView();
        withDialog(FormDialog.class, d -> {
            d.setText("username", "uv.officer");
            d.setText("displayName", "刘敏");
            d.setCheckedValues("roles", Set.of(Roles.STAFF, Roles.TRAINING_OFFICER));
            d.setText("password", "Officer-2026-x");
            d.submit();
        }, view::createDialog);
        UserAccount officer = users.byUsername(Actor.SYSTEM, "uv.officer").orElseThrow();
        assertEquals("刘敏", officer.displayName());
        assertEquals(Set.of(Roles.STAFF, Roles.TRAINING_OFFICER), officer.roles());
        assertTrue(officer.mustChangePassword());
        assertTrue(auth.login("uv.officer", "Officer-2026-x").user().mustChangePassword(),
                "the one-time password logs in");
        assertTrue(view.table().rows().stream().anyMatch(u -> u.username().equals("uv.officer")));

        // roles changed through the roles dialog
        withDialog(FormDialog.class, d -> {
            d.setCheckedValues("roles", Set.of(Roles.AUDITOR));
            d.submit();
        }, () -> view.rolesDialog(officer));
        assertEquals(Set.of(Roles.AUDITOR), users.user(Actor.SYSTEM, officer.id()).orElseThrow().roles());

        // password reset
        withDialog(FormDialog.class, d -> {
            d.setText("password", "Reset-2026-yz");
            d.submit();
        }, () -> view.resetDialog(officer));
        assertEquals(officer.username(), auth.login("uv.officer", "Reset-2026-yz").user().username());

        // disabled after confirming
        UserAccount current = users.user(Actor.SYSTEM, officer.id()).orElseThrow();
        withDialog(MessageDialog.class, m -> press(m, "确定"), () -> view.toggleEnabled(current));
        assertFalse(users.user(Actor.SYSTEM, officer.id()).orElseThrow().enabled());

        List<String> actions = audit
                .query(admin, new AuditQuery("user", String.valueOf(officer.id()), "admin", null, null),
                        PageRequest.ALL)
                .items().stream().map(AuditEntry::action).toList();
        assertEquals(List.of("disable", "reset-password", "set-roles", "create"), actions);
        assertNoErrors(site);
    }

    @Test
    void badInputShowsTheMessageBesideTheFieldAndCreatesNobody() throws Exception {
        UsersView view = openView();
        int before = users.users(Actor.SYSTEM).size();
        String[] errors = new String[3];
        withDialog(FormDialog.class, d -> {
            d.setText("username", "x");
            d.setText("displayName", "某人");
            d.submit();
            errors[0] = d.error("username");
            d.setText("username", "uv.short");
            d.setText("password", "short");
            d.submit();
            errors[1] = d.error("password");
            errors[2] = d.error("username");
            d.setText("password", "Long-enough-2026");
            d.setText("staffNumber", "NO-SUCH-NUMBER");
            d.submit();
            assertTrue(d.error("staffNumber").startsWith("没有这个工号的人员"), d.error("staffNumber"));
            d.close();
        }, view::createDialog);
        assertTrue(errors[0].startsWith("用户名须为2-64位"), errors[0]);
        assertTrue(errors[1].startsWith("密码长度须为10-128位"), errors[1]);
        assertEquals("", errors[2], "the fixed field's message is gone");
        assertEquals(before, users.users(Actor.SYSTEM).size());
        assertTrue(users.byUsername(Actor.SYSTEM, "uv.short").isEmpty());

        // refusing the confirmation changes nothing either
        UserAccount staff = users.byUsername(Actor.SYSTEM, "uv.staff").orElseThrow();
        withDialog(MessageDialog.class, m -> press(m, "取消"), () -> view.toggleEnabled(staff));
        assertTrue(users.user(Actor.SYSTEM, staff.id()).orElseThrow().enabled());
        assertNoErrors(site);
    }

    @Test
    void englishClientGetsEnglishLabelsAndHeaders() throws Exception {
        Composite parent = open(admin, Locale.ENGLISH);
        UsersView view = (UsersView) contribution("platform.users").create(parent, site);
        assertEquals(List.of("User name", "Name", "Roles", "Enabled", "Must change password", "Locked until"),
                headers(view.table()));
        assertEquals("Export XLSX", view.table().exportButton().getText());
        assertExportMatches(view.table());
        assertTrue(site.lastExport.getFileName().toString().endsWith("Users.xlsx"));
        assertNoErrors(site);
    }
}
