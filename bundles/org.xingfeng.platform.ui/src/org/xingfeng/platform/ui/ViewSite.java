package org.xingfeng.platform.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Shell;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.platform.api.time.BureauTime;

/** What the client offers a contributed view: the session, the language, the bureau's time, the status line, progress, export. */
public interface ViewSite {

    ClientSession session();

    /**
     * The client's language: {@code zh_CN} first, English as the second locale. Views read their texts in it through
     * {@code Texts.of(site, MyView.class)}.
     */
    Locale locale();

    /** Whether the client speaks Chinese (for names that are data in both languages, e.g. a module's). */
    default boolean chinese() {
        return Languages.chinese(locale());
    }

    Shell shell();

    /** The bureau's time zone and clock (the {@link BureauTime} service): today, and how instants are shown. */
    BureauTime time();

    /** Shows a message in the status line. */
    void status(String message);

    /**
     * Runs long work in the background with progress and cancel; {@code done} gets the result on the UI
     * thread. An exception is shown to the user as an error message (a service's message in the client's language);
     * cancelling shows nothing.
     */
    <T> void run(String taskName, BackgroundWork<T> work, Consumer<T> done);

    /** Asks for a file name and writes the table as XLSX, in the background with progress. */
    void exportXlsx(Table table);

    /** Shows a service error (validation, not found, conflict, forbidden) as a message dialog. */
    void showError(Throwable error);
}
