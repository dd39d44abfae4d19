package org.xingfeng.matters.core.internal;

import java.time.LocalDate;

import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/** The rules of publishing a version that need no database: its date, its note, a list to publish. */
final class ListVersionRules {

    static final Messages MESSAGES = Messages.of(ListVersionRules.class);

    static final int NOTE_MAX = 500;

    private ListVersionRules() {
    }

    /** Refuses a version without an effective date or with a note too long. */
    static void check(LocalDate effectiveDate, String note) {
        if (effectiveDate == null) {
            throw new ValidationException("effectiveDate", MESSAGES.text("listVersionRules.effective_date_required"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new ValidationException("note", MESSAGES.text("listVersionRules.note_at_most_500_characters"));
        }
    }

    /** An empty list cannot be published. */
    static void requireItems(int items) {
        if (items == 0) {
            throw new ValidationException("unitId", MESSAGES.text("listVersionRules.empty_list_cannot_published"));
        }
    }

    /** The note as stored: stripped, null when blank. */
    static String note(String note) {
        return Strings.blankToNull(note);
    }
}
