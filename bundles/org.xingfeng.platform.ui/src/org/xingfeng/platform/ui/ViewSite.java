package org.xingfeng.platform.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/** What the client offers a contributed view: the session, the language, the bureau's time, the status line, progress, export. */
public interface ViewSite {

    ClientSession session();

    /** The client's language: {@code zh_CN} first, English as the second locale. */
    Locale locale();

    /** Whether the client speaks Chinese (pick the label in a view's own two-language text). */
    default boolean chinese() {
        return "zh".equals(locale().getLanguage());
    }

    Shell shell();

    /** The bureau's time zone and clock (the {@link BureauTime} service): today, and how instants are shown. */
    BureauTime time();

    /** Shows a message in the status line. */
    void status(String message);

    /**
     * Runs long work in the background with progress and cancel; {@code done} gets the result on the UI
     * thread. An exception is shown to the user as an error message (a service's Chinese message as is);
     * cancelling shows nothing.
     */
    <T> void run(String taskName, BackgroundWork<T> work, Consumer<T> done);

    /** Asks for a file name and writes the table as XLSX, in the background with progress. */
    void exportXlsx(Table table);

    /** Shows a service error (validation, not found, conflict, forbidden) as a message dialog. */
    void showError(Throwable error);
}
