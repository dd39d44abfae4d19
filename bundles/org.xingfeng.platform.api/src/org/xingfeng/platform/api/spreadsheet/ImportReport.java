package org.xingfeng.platform.api.spreadsheet;

import java.util.List;

/**
 * What an import did or, for a dry run or a rejected file, would have done. Imports are all or nothing:
 * when {@code errors} is not empty, nothing was stored.
 */
public record ImportReport(boolean dryRun, int rowsRead, int created, int updated, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
