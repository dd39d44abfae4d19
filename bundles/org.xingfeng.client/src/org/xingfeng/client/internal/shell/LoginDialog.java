package org.xingfeng.client.internal.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.ui.ClientSession;

/**
 * The login dialog shown before the main window: the county's server, user name, password and language. With a
 * server's URL the user logs in at that server and the client works against it (its services are the server's); with
 * the field left empty the client works alone on its own database. A refused login, or a server that cannot be
 * reached, shows the message and the dialog stays open; a one-time password leads to the change-password dialog first.
 */
public class LoginDialog extends Dialog {

    /** Widget data key of the dialog's shell and of its fields (for tests and the bench's automatic login). */
    public static final String KEY = "xingfeng.login";

    private final Function<String, LoginServices> servicesSource;
    private final String initialServer;
    /** The user of a session the server forgot (its restart): logging in again, server and user fixed; else null. */
    private final String again;
    private LoginServices services;
    /** The server the services above are for ("" when working alone). */
    private String servicesFor;
    private Text server;
    private Label serverLabel;
    private Label serverHint;
    private ClientTexts messages;
    private Text user;
    private Text password;
    private Combo language;
    private Label error;
    private Label userLabel;
    private Label passwordLabel;
    private Label languageLabel;
    private Label title;
    private Font titleFont;
    private ClientSession session;

    /**
     * @param services the login services for a server's URL ("" to work alone); may block while they start (the
     *                 dialog shows at once and waits for them only when the user logs in), and throws
     *                 IllegalStateException if they never come
     * @param server   the server's URL the dialog starts with (remembered or configured), "" for none
     */
    public LoginDialog(Shell parent, Function<String, LoginServices> services, ClientTexts messages, String server) {
        super(parent);
        this.servicesSource = services;
        this.messages = messages;
        this.initialServer = server == null ? "" : server;
        this.again = null;
    }

    /**
     * The dialog that logs {@code user} in again at {@code server} after the server forgot the session (it restarted,
     * or the session expired): server and user are filled in and fixed, only the password is asked for, and the
     * window behind it goes on with the new session.
     */
    public LoginDialog(Shell parent, LoginServices services, ClientTexts messages, String server, String user) {
        super(parent);
        this.servicesSource = url -> services;
        this.messages = messages;
        this.initialServer = server;
        this.again = user;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.get("login.window"));
        shell.setData(KEY, Boolean.TRUE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 20;
        layout.marginHeight = 16;
        layout.verticalSpacing = 10;
        area.setLayout(layout);
        title = new Label(area, SWT.NONE);
        FontData[] fd = title.getFont().getFontData();
        for (FontData d : fd) {
            d.setHeight(d.getHeight() + 5);
            d.setStyle(SWT.BOLD);
        }
        titleFont = new Font(title.getDisplay(), fd);
        title.setFont(titleFont);
        title.addDisposeListener(e -> titleFont.dispose());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        serverLabel = new Label(area, SWT.NONE);
        server = new Text(area, SWT.BORDER);
        server.setData(KEY, "server");
        server.setText(initialServer);
        server.setLayoutData(new GridData(260, SWT.DEFAULT));
        new Label(area, SWT.NONE);
        serverHint = new Label(area, SWT.WRAP);
        serverHint.setForeground(serverHint.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        hintData.widthHint = 260;
        serverHint.setLayoutData(hintData);
        userLabel = new Label(area, SWT.NONE);
        user = new Text(area, SWT.BORDER);
        user.setData(KEY, "user");
        user.setLayoutData(new GridData(260, SWT.DEFAULT));
        passwordLabel = new Label(area, SWT.NONE);
        password = new Text(area, SWT.BORDER | SWT.PASSWORD);
        password.setData(KEY, "password");
        password.setLayoutData(new GridData(260, SWT.DEFAULT));
        languageLabel = new Label(area, SWT.NONE);
        language = new Combo(area, SWT.READ_ONLY);
        language.setData(KEY, "language");
        language.setItems("中文", "English");
        language.select(messages.chinese() ? 0 : 1);
        language.addListener(SWT.Selection, e -> {
            messages = new ClientTexts(language.getSelectionIndex() == 0 ? Languages.CHINESE : Languages.ENGLISH);
            relabel();
        });
        error = new Label(area, SWT.WRAP);
        error.setData(KEY, "error");
        error.setForeground(error.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        errorData.widthHint = 360;
        error.setLayoutData(errorData);
        relabel();
        user.setFocus();
        if (again != null) {
            server.setEditable(false);
            user.setText(again);
            user.setEditable(false);
            language.setEnabled(false);
            error.setText(messages.get("login.again"));
            password.setFocus();
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.get("login.ok"), true).setData(KEY, "ok");
        createButton(parent, IDialogConstants.CANCEL_ID, messages.get("login.cancel"), false).setData(KEY, "cancel");
    }

    private void relabel() {
        getShell().setText(messages.get("login.window"));
        title.setText(messages.get("login.title"));
        serverLabel.setText(messages.get("login.server"));
        serverHint.setText(messages.get("login.serverHint"));
        userLabel.setText(messages.get("login.user"));
        passwordLabel.setText(messages.get("login.password"));
        languageLabel.setText(messages.get("login.language"));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setText(messages.get("login.ok"));
            getButton(IDialogConstants.CANCEL_ID).setText(messages.get("login.cancel"));
        }
        getShell().layout(true, true);
    }

    @Override
    protected void okPressed() {
        String name = user.getText().trim();
        String secret = password.getText();
        String url = server.getText().trim();
        if (!url.isEmpty() && !url.matches("(?i)https?://[^\\s/]+.*")) {
            refuse(messages.get("login.serverInvalid"));
            return;
        }
        String[] failure = new String[1];
        LoginSession[] login = new LoginSession[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                if (services == null || !Objects.equals(servicesFor, url)) {
                    services = null;
                    services = servicesSource.apply(url);
                    servicesFor = url;
                }
                login[0] = services.auth().login(name, secret);
            } catch (XingfengException e) {
                failure[0] = messages.error(e);
            } catch (IllegalStateException e) {
                failure[0] = url.isEmpty() ? messages.get("login.unavailable", e.getMessage())
                        : messages.get("login.serverUnreachable", url, e.getMessage());
            }
        });
        if (failure[0] != null) {
            refuse(failure[0]);
            return;
        }
        if (again != null && !login[0].user().username().equalsIgnoreCase(again)) {
            refuse(messages.get("login.againOtherUser", again));
            return;
        }
        LoginSession good = login[0];
        if (good.user().mustChangePassword() || services.auth().passwordChangeRequired(good.token())) {
            // only the actor: a server answers nothing else to a one-time password until it is changed
            Optional<Actor> actor = services.auth().authenticate(good.token());
            if (actor.isEmpty()) {
                refuse(messages.get("login.expired"));
                return;
            }
            Actor once = actor.get();
            ChangePasswordDialog change = new ChangePasswordDialog(getShell(), services.auth(), once, secret, messages);
            if (change.open() != Window.OK) {
                services.auth().logout(good.token());
                refuse(messages.get("login.mustChange"));
                return;
            }
            try {
                good = services.auth().login(name, change.newPassword());
            } catch (XingfengException e) {
                refuse(messages.error(e));
                return;
            }
        }
        try {
            session = services.session(good, messages);
        } catch (XingfengException e) {
            refuse(messages.error(e));
            return;
        }
        super.okPressed();
    }

    private void refuse(String message) {
        error.setText(message);
        password.setText("");
        password.setFocus();
        getShell().layout(true, true);
    }

    /** The session after OK. */
    public ClientSession session() {
        return session;
    }

    /** The login services of the session after OK. */
    public LoginServices services() {
        return services;
    }

    /** The county server's URL the user logged in at, "" when working alone. */
    public String server() {
        return servicesFor == null ? "" : servicesFor;
    }

    /** The language chosen (the client's language from now on). */
    public ClientTexts messages() {
        return messages;
    }

    /** Fills the fields and presses OK, as a person would (used by the bench's automatic login). */
    public void submit(String userName, String secret) {
        submit(null, userName, secret);
    }

    /** The same with the server's URL typed in too (null: the field as it is). */
    public void submit(String serverUrl, String userName, String secret) {
        if (serverUrl != null) {
            server.setText(serverUrl);
        }
        user.setText(userName);
        password.setText(secret);
        okPressed();
    }
}
