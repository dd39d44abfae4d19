package org.xingfeng.platform.ui.internal.views;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.module.ModuleInfo;
import org.xingfeng.platform.api.module.ModuleRegistry;
import org.xingfeng.platform.api.module.RoleDefinition;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.Staff;
import org.xingfeng.platform.api.security.UserAccount;
import org.xingfeng.platform.api.security.UserDraft;
import org.xingfeng.platform.api.security.UserService;
import org.xingfeng.platform.ui.ContributedView;
import org.xingfeng.platform.ui.ViewSite;
import org.xingfeng.platform.ui.widgets.Choice;
import org.xingfeng.platform.ui.widgets.Column;
import org.xingfeng.platform.ui.widgets.Confirm;
import org.xingfeng.platform.ui.widgets.DataTable;
import org.xingfeng.platform.ui.widgets.FormDialog;
import org.xingfeng.platform.ui.widgets.Texts;

/** Accounts with their roles (the platform's and the installed modules'); create, roles, password reset, disable. */
public class UsersView implements ContributedView {

    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final ViewSite site;
    private final UserService users;
    private final ModuleRegistry modules;
    private final OrgService org;
    private final Texts t;
    private final Composite root;
    private final DataTable<UserAccount> table;
    private final Button rolesButton;
    private final Button resetButton;
    private final Button enableButton;
    private final SecureRandom random = new SecureRandom();

    public UsersView(Composite parent, ViewSite site, UserService users, ModuleRegistry modules, OrgService org) {
        this.site = site;
        this.users = users;
        this.modules = modules;
        this.org = org;
        this.t = Texts.of(site, UsersView.class);
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new FillLayout());
        Map<String, String> roleNames = roleNames();
        table = new DataTable<>(root, site, t.get("users.users"), List.of(
                Column.<UserAccount>of(t.get("users.userName"), UserAccount::username).width(120),
                Column.<UserAccount>of(t.get("common.personName"), UserAccount::displayName).width(110),
                Column.<UserAccount>of(t.get("users.roles"), u -> String.join("、",
                        u.roles().stream().sorted().map(r -> roleNames.getOrDefault(r, r)).toList())).width(260),
                Column.<UserAccount>of(t.get("users.enabled"), UserAccount::enabled).width(60),
                Column.<UserAccount>of(t.get("users.mustChangePassword"), UserAccount::mustChangePassword).width(90),
                Column.<UserAccount>of(t.get("users.lockedUntil"), UserAccount::lockedUntil).width(150)));
        table.addButton(t.get("users.newUser"), this::createDialog);
        rolesButton = table.addButton(t.get("users.assignRoles"), () -> rolesDialog(table.selected()));
        resetButton = table.addButton(t.get("users.resetPassword"), () -> resetDialog(table.selected()));
        enableButton = table.addButton(t.get("users.disable"), () -> toggleEnabled(table.selected()));
        table.onSelection(this::selected);
        table.onOpen(this::rolesDialog);
        selected(null);
        reload();
    }

    public Composite control() {
        return root;
    }

    public DataTable<UserAccount> table() {
        return table;
    }

    private void selected(UserAccount u) {
        rolesButton.setEnabled(u != null);
        resetButton.setEnabled(u != null);
        enableButton.setEnabled(u != null);
        enableButton.setText(u != null && !u.enabled() ? t.get("users.enable") : t.get("users.disable"));
        enableButton.getParent().layout();
    }

    public void reload() {
        table.load(t.get("users.readingUsers"), monitor -> users.users(site.session().actor()).stream()
                .sorted(Comparator.comparing(UserAccount::username)).toList());
    }

    /** Role id to its name in the client's language, with the module's name, for every installed module. */
    private Map<String, String> roleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (ModuleInfo m : modules.modules()) {
            for (RoleDefinition r : m.roles()) {
                names.put(r.id(), t.chinese() ? r.nameZh() : r.nameEn());
            }
        }
        return names;
    }

    private List<Choice<String>> roleChoices() {
        List<Choice<String>> choices = new ArrayList<>();
        for (ModuleInfo m : modules.modules()) {
            for (RoleDefinition r : m.roles()) {
                choices.add(new Choice<>(r.id(), (t.chinese() ? r.nameZh() : r.nameEn()) + "  (" + r.id() + ", "
                        + (t.chinese() ? m.nameZh() : m.nameEn()) + ")"));
            }
        }
        return choices;
    }

    private String newPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return sb.insert(6, '-').toString();
    }

    /** The new-user form; the one-time password is shown so the administrator can hand it over. */
    public void createDialog() {
        FormDialog d = new FormDialog(site, t.get("users.newUser"),
                t.get("users.oneTimePasswordMust"))
                .text("username", t.get("users.userName"), "")
                .text("displayName", t.get("common.personName"), "")
                .text("staffNumber", t.get("users.staffNumberOptional"), "")
                .checks("roles", t.get("users.roles"), roleChoices(), Set.of("staff"))
                .text("password", t.get("users.oneTimePassword"), newPassword());
        UserAccount[] saved = new UserAccount[1];
        d.onSave(f -> {
            Long staffId = null;
            String number = f.text("staffNumber").strip();
            if (!number.isEmpty()) {
                staffId = org.staffByNumber(site.session().actor(), number).map(Staff::id)
                        .orElseThrow(() -> new ValidationException("staffNumber",
                                ViewTexts.MESSAGES.text("error.noStaffMemberWith", number)));
            }
            // without a staff member, the account is at home in the administrator's own unit
            Long home = staffId == null ? site.session().actor().reach().homeUnitId() : null;
            saved[0] = users.create(site.session().actor(), new UserDraft(f.text("username").strip(),
                    f.text("displayName"), staffId, home, f.checkedValues("roles"), f.text("password")));
        });
        if (d.open() == FormDialog.OK) {
            site.status(t.get("users.userCreated", saved[0].username()));
            reload();
        }
    }

    public void rolesDialog(UserAccount u) {
        if (u == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("users.assignRoles"), u.username() + " · " + u.displayName())
                .checks("roles", t.get("users.roles"), roleChoices(), u.roles());
        d.onSave(f -> users.setRoles(site.session().actor(), u.id(), f.checkedValues("roles")));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("users.rolesUpdated"));
            reload();
        }
    }

    public void resetDialog(UserAccount u) {
        if (u == null) {
            return;
        }
        FormDialog d = new FormDialog(site, t.get("users.resetPassword"), t.get("users.resetHint", u.username()))
                .text("password", t.get("users.oneTimePassword"), newPassword());
        d.onSave(f -> users.resetPassword(site.session().actor(), u.id(), f.text("password")));
        if (d.open() == FormDialog.OK) {
            site.status(t.get("users.passwordReset"));
            reload();
        }
    }

    public void toggleEnabled(UserAccount u) {
        if (u == null) {
            return;
        }
        boolean enable = !u.enabled();
        if (!enable && !Confirm.ask(site, t.get("users.disableQuestion", u.username()))) {
            return;
        }
        try {
            users.setEnabled(site.session().actor(), u.id(), enable);
            site.status(enable ? t.get("users.enabledNow") : t.get("users.disabled"));
        } catch (RuntimeException e) {
            site.showError(e);
        }
        reload();
    }

    @Override
    public void setFocus() {
        table.filterBox().setFocus();
    }
}
