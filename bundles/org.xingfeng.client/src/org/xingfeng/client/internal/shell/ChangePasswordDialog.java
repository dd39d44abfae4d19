package org.xingfeng.client.internal.shell;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.security.AuthService;

/** After a login with a one-time password: the user sets a password of their own. The service's rules apply. */
public class ChangePasswordDialog extends TitleAreaDialog {

    public static final String KEY = "xingfeng.changePassword";

    private final AuthService auth;
    private final Actor actor;
    private final String oldPassword;
    private final ClientTexts messages;
    private Text first;
    private Text second;
    private String newPassword;
    private String error;

    public ChangePasswordDialog(Shell parent, AuthService auth, Actor actor, String oldPassword, ClientTexts messages) {
        super(parent);
        this.auth = auth;
        this.actor = actor;
        this.oldPassword = oldPassword;
        this.messages = messages;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.get("password.title"));
        shell.setData(KEY, Boolean.TRUE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(messages.get("password.title"));
        setMessage(messages.get("password.explain"));
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText(messages.get("password.new"));
        first = new Text(form, SWT.BORDER | SWT.PASSWORD);
        first.setData(KEY, "new");
        first.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(form, SWT.NONE).setText(messages.get("password.repeat"));
        second = new Text(form, SWT.BORDER | SWT.PASSWORD);
        second.setData(KEY, "repeat");
        second.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected void okPressed() {
        if (!first.getText().equals(second.getText())) {
            showError(messages.get("password.mismatch"));
            return;
        }
        try {
            auth.changePassword(actor, oldPassword, first.getText());
        } catch (XingfengException e) {
            showError(messages.error(e));
            return;
        }
        newPassword = first.getText();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.get("button.ok"), true).setData(KEY, "ok");
        createButton(parent, IDialogConstants.CANCEL_ID, messages.get("button.cancel"), false).setData(KEY, "cancel");
    }

    private void showError(String text) {
        error = text;
        setErrorMessage(text);
    }

    /** The last refusal shown, or null. */
    public String error() {
        return error;
    }

    /** The password set, after OK. */
    public String newPassword() {
        return newPassword;
    }
}
