package org.xingfeng.platform.api.spreadsheet;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.xingfeng.platform.api.ValidationException;

/** Reads and writes XLSX, so every module imports and exports the same way. */
public interface SpreadsheetService {

    String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** All sheets of a workbook. A file that is not a readable XLSX raises a {@link ValidationException}. */
    List<SheetData> read(InputStream xlsx);

    /** Writes one sheet per table, with a bold frozen header row and sized columns. */
    void write(OutputStream out, List<Table> tables);
}
