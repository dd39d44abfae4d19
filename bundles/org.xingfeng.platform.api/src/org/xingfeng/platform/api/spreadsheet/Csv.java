package org.xingfeng.platform.api.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Messages;

/**
 * RFC 4180 CSV in UTF-8, read and written the same way by every module: a byte-order mark is skipped on reading
 * and written on writing (so spreadsheet programs read the Chinese right); quoted cells may hold commas, quotes and
 * line breaks.
 * <p>
 * A text cell that a spreadsheet program would take for a formula (one beginning with {@code = + - @}, a tab or a
 * carriage return: a citizen's comment {@code =HYPERLINK(...)}) is written with a leading apostrophe, which Excel
 * and WPS show as text, and reading takes that apostrophe off again, so an export read back changes nothing.
 */
public final class Csv {

    private static final Messages MESSAGES = Messages.of(Csv.class);

    static final int MAX_ROWS = 100_000;

    private Csv() {
    }

    public static List<List<String>> read(InputStream in) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("file", MESSAGES.text("csv.utf8"));
        } catch (IOException e) {
            throw new ValidationException("file", MESSAGES.text("csv.unreadable", e.getMessage()));
        }
        return parse(text);
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        while (i < text.length()) {
            char ch = text.charAt(i++);
            if (quoted) {
                if (ch != '"') {
                    cell.append(ch);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                row.add(unguard(cell.toString()));
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                row.add(unguard(cell.toString()));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS) {
                    throw new ValidationException("file", MESSAGES.text("csv.too_many_rows"));
                }
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ValidationException("file", MESSAGES.text("csv.unterminated_quote", rows.size() + 1));
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(unguard(cell.toString()));
            rows.add(row);
        }
        return rows;
    }

    /** One row as CSV, quoting where needed, ending with CRLF. */
    public static String line(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            Object cell = cells.get(c);
            String v = cell == null ? "" : cell instanceof String text ? guard(text) : cell.toString();
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }

    /** The text as a spreadsheet program must show it: an apostrophe before a would-be formula. */
    static String guard(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** What {@link #guard} wrote, as it was. */
    static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1)) ? cell.substring(1)
                : cell;
    }

    // A leading apostrophe before a formula is guarded too, so that guarding can always be undone.
    private static boolean startsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A whole table: byte-order mark, header row, rows. Dates and instants as ISO-8601, booleans as 是/否. */
    public static String write(Table table) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(line(table.headers()));
        for (List<Object> row : table.rows()) {
            sb.append(line(row.stream().map(v -> v instanceof Boolean b ? (b ? "是" : "否") : v).toList()));
        }
        return sb.toString();
    }
}
