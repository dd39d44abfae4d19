package org.xingfeng.platform.ui.widgets;

import org.eclipse.jface.dialogs.MessageDialog;
import org.xingfeng.platform.ui.ViewSite;

/** Asks the user to confirm a change that cannot be taken back (removing, uninstalling, disabling). */
public final class Confirm {

    private Confirm() {
    }

    /** True when the user pressed 确定 / OK. */
    public static boolean ask(ViewSite site, String questionZh, String questionEn) {
        Texts t = Texts.of(site);
        MessageDialog dialog = new MessageDialog(site.shell(), t.t("请确认", "Please confirm"), null,
                t.t(questionZh, questionEn), MessageDialog.QUESTION, 0, t.t("确定", "OK"), t.t("取消", "Cancel"));
        return dialog.open() == 0;
    }
}
