package org.xingfeng.client.internal.shell;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks where to save an export. The client puts one in its context; the default is the system's save dialog. */
public interface XlsxFileChooser {

    /** The chosen file, or null when the user cancelled. */
    Path choose(Shell shell, String suggestedName, ClientTexts messages);

    XlsxFileChooser DIALOG = (shell, suggestedName, messages) -> {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(messages.get("export.title"));
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFilterNames(new String[] { messages.get("export.filter") });
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        String file = dialog.open();
        return file == null ? null : Path.of(file.endsWith(".xlsx") ? file : file + ".xlsx");
    };
}
