package org.xingfeng.platform.ui.widgets;

import org.eclipse.jface.dialogs.MessageDialog;
import org.xingfeng.platform.ui.ViewSite;

/** Asks the user to confirm a change that cannot be taken back (removing, uninstalling, disabling). */
public final class Confirm {

    private Confirm() {
    }

    /** True when the user pressed 确定 / OK; {@code question} is in the client's language. */
    public static boolean ask(ViewSite site, String question) {
        Texts t = Texts.of(site, Confirm.class);
        MessageDialog dialog = new MessageDialog(site.shell(), t.get("confirm.pleaseConfirm"), null,
                question, MessageDialog.QUESTION, 0, t.get("confirm.ok"), t.get("confirm.cancel"));
        return dialog.open() == 0;
    }
}
