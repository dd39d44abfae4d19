package org.xingfeng.matters.core.internal;

import java.time.LocalDate;

import org.xingfeng.platform.api.Strings;
import org.xingfeng.platform.api.ValidationException;

/** The rules of publishing a version that need no database: its date, its note, a list to publish. */
final class ListVersionRules {

    static final int NOTE_MAX = 500;

    private ListVersionRules() {
    }

    /** Refuses a version without an effective date or with a note too long. */
    static void check(LocalDate effectiveDate, String note) {
        if (effectiveDate == null) {
            throw new ValidationException("effectiveDate", "生效日期必填 (effective date is required)");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new ValidationException("note", "说明不超过500字 (note at most 500 characters)");
        }
    }

    /** An empty list cannot be published. */
    static void requireItems(int items) {
        if (items == 0) {
            throw new ValidationException("unitId", "清单为空，不能发布 (an empty list cannot be published)");
        }
    }

    /** The note as stored: stripped, null when blank. */
    static String note(String note) {
        return Strings.blankToNull(note);
    }
}
