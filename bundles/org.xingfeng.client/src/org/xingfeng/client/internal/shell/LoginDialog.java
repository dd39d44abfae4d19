package org.xingfeng.client.internal.shell;

import java.util.function.Supplier;

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
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.security.LoginSession;
import org.xingfeng.platform.ui.ClientSession;

/**
 * The login dialog shown before the main window: user name, password and language. A refused login shows the
 * service's message and the dialog stays open; a one-time password leads to the change-password dialog first.
 */
public class LoginDialog extends Dialog {

    /** Widget data key of the dialog's shell and of its fields (for tests and the bench's automatic login). */
    public static final String KEY = "xingfeng.login";

    private final Supplier<LoginServices> servicesSource;
    private LoginServices services;
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
     * @param services the platform's login services; may block while they start (the dialog shows at once and
     *                 waits for them only when the user logs in), and throws IllegalStateException if they never come
     */
    public LoginDialog(Shell parent, Supplier<LoginServices> services, ClientTexts messages) {
        super(parent);
        this.servicesSource = services;
        this.messages = messages;
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
        RuntimeException[] failure = new RuntimeException[1];
        LoginSession[] login = new LoginSession[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                if (services == null) {
                    services = servicesSource.get();
                }
                login[0] = services.auth().login(name, secret);
            } catch (XingfengException e) {
                failure[0] = e;
            } catch (IllegalStateException e) {
                failure[0] = new IllegalStateException(messages.get("login.unavailable", e.getMessage()), e);
            }
        });
        if (failure[0] != null) {
            refuse(messages.describe(failure[0]));
            return;
        }
        LoginSession good = login[0];
        if (good.user().mustChangePassword() || services.auth().passwordChangeRequired(good.token())) {
            ClientSession once = services.session(good, messages);
            ChangePasswordDialog change = new ChangePasswordDialog(getShell(), services.auth(), once.actor(), secret, messages);
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
        session = services.session(good, messages);
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

    /** The language chosen (the client's language from now on). */
    public ClientTexts messages() {
        return messages;
    }

    /** Fills the fields and presses OK, as a person would (used by the bench's automatic login). */
    public void submit(String userName, String secret) {
        user.setText(userName);
        password.setText(secret);
        okPressed();
    }
}
