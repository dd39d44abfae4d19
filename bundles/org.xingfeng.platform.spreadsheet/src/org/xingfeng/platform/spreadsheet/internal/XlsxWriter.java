package org.xingfeng.platform.spreadsheet.internal;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Writes tables as an XLSX workbook straight into the output, part by part: each sheet's XML goes into the zip as
 * its rows are turned into text, and only the shared strings are held until the end. The minimal package Excel, WPS
 * and POI all open: workbook, sheets, styles (a bold header, dates, date-times) and a shared-strings table, as Excel
 * writes strings. A streaming writer without a temporary file: POI's streaming workbook wrote every row twice (to a
 * compressed temporary file, then into the zip) and made objects for each cell, five times the time of this.
 */
final class XlsxWriter {

    /** Styles, by their place in {@code cellXfs} below. */
    private static final int HEADER = 1;
    private static final int DATE = 2;
    private static final int DATE_TIME = 3;
    /** Excel's day 0 of the 1900 system (its 1900-02-29 is why it is not 1899-12-31). */
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZoneId zone;
    private final String yes;
    private final String no;
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private long stringUses;

    /**
     * @param zone the bureau's zone, in which instants are written as local date-times
     * @param yes  the text of a true cell
     * @param no   the text of a false cell
     */
    XlsxWriter(ZoneId zone, String yes, String no) {
        this.zone = zone;
        this.yes = yes;
        this.no = no;
    }

    void write(OutputStream out, List<Table> tables) throws IOException {
        // the zip is finished but the caller's stream is left open, as POI's writer left it
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, StandardCharsets.UTF_8);
        // fastest compression: the sheet XML is repetitive enough that the file is still a fifth of its text
        zip.setLevel(Deflater.BEST_SPEED);
        Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        List<String> names = sheetNames(tables);
        part(zip, xml, "[Content_Types].xml", contentTypes(tables.size()));
        part(zip, xml, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + OFFICE_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, xml, "xl/workbook.xml", workbook(names));
        part(zip, xml, "xl/_rels/workbook.xml.rels", workbookRelationships(tables.size()));
        part(zip, xml, "xl/styles.xml", STYLES);
        for (int i = 0; i < tables.size(); i++) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
            sheet(xml, tables.get(i));
            xml.flush();
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        sharedStrings(xml);
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.close();
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, String body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(XML_DECLARATION);
        xml.write(body);
        xml.flush();
        zip.closeEntry();
    }

    private void sheet(Writer w, Table t) throws IOException {
        int columns = t.headers().size();
        for (List<Object> row : t.rows()) {
            columns = Math.max(columns, row.size());
        }
        int[] widths = widths(t, columns);
        w.write(XML_DECLARATION);
        w.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE_RELATIONSHIPS + "\">");
        w.write("<dimension ref=\"A1:" + column(Math.max(columns, 1) - 1) + (t.rows().size() + 1) + "\"/>");
        // the header row stays in view
        w.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
                + " state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
        w.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columns > 0) {
            w.write("<cols>");
            for (int c = 0; c < columns; c++) {
                w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
                        + "\" customWidth=\"1\"/>");
            }
            w.write("</cols>");
        }
        w.write("<sheetData>");
        String[] letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = column(c);
        }
        w.write("<row r=\"1\">");
        for (int c = 0; c < t.headers().size(); c++) {
            stringCell(w, letters[c], 1, HEADER, t.headers().get(c));
        }
        w.write("</row>");
        int r = 2;
        for (List<Object> values : t.rows()) {
            String rowNumber = Integer.toString(r);
            w.write("<row r=\"");
            w.write(rowNumber);
            w.write("\">");
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                if (v instanceof Number n) {
                    numberCell(w, letters[c], rowNumber, 0, number(n));
                } else if (v instanceof Boolean b) {
                    stringCell(w, letters[c], r, 0, b ? yes : no);
                } else if (v instanceof LocalDate d) {
                    numberCell(w, letters[c], rowNumber, DATE, Long.toString(d.toEpochDay() - EXCEL_EPOCH_DAY));
                } else if (v instanceof Instant i) {
                    numberCell(w, letters[c], rowNumber, DATE_TIME, serial(LocalDateTime.ofInstant(i, zone)));
                } else {
                    stringCell(w, letters[c], r, 0, v.toString());
                }
            }
            w.write("</row>");
            r++;
        }
        w.write("</sheetData></worksheet>");
    }

    /** In characters, as the column shows them (a Chinese character takes two), two to spare, at most 80. */
    private int[] widths(Table t, int columns) {
        int[] widths = new int[columns];
        for (int c = 0; c < t.headers().size(); c++) {
            widths[c] = displayWidth(t.headers().get(c));
        }
        for (List<Object> values : t.rows()) {
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v != null && widths[c] < 78) {
                    widths[c] = Math.max(widths[c], displayWidth(text(v)));
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(80, widths[c] + 2);
        }
        return widths;
    }

    /** Roughly what the cell shows. */
    private String text(Object v) {
        if (v instanceof Boolean b) {
            return b ? yes : no;
        }
        if (v instanceof Instant) {
            return "yyyy-mm-dd hh:mm:ss";
        }
        return v.toString();
    }

    private void stringCell(Writer w, String column, int row, int style, String value) throws IOException {
        stringUses++;
        Integer index = stringIndex.get(value);
        if (index == null) {
            index = strings.size();
            strings.add(value);
            stringIndex.put(value, index);
        }
        w.write("<c r=\"");
        w.write(column);
        w.write(Integer.toString(row));
        if (style != 0) {
            w.write("\" s=\"");
            w.write(Integer.toString(style));
        }
        w.write("\" t=\"s\"><v>");
        w.write(Integer.toString(index));
        w.write("</v></c>");
    }

    private static void numberCell(Writer w, String column, String row, int style, String value) throws IOException {
        w.write("<c r=\"");
        w.write(column);
        w.write(row);
        if (style != 0) {
            w.write("\" s=\"");
            w.write(Integer.toString(style));
        }
        w.write("\"><v>");
        w.write(value);
        w.write("</v></c>");
    }

    /** Whole numbers without a fraction; others as Java writes a double (which Excel and POI read). */
    static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return Long.toString(n.longValue());
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "0"; // a cell cannot hold them; no list the suite writes has one
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /** Days since Excel's day 0, the time of day as the fraction. */
    static String serial(LocalDateTime t) {
        long days = t.toLocalDate().toEpochDay() - EXCEL_EPOCH_DAY;
        int seconds = t.toLocalTime().toSecondOfDay();
        if (seconds == 0) {
            return Long.toString(days);
        }
        return Double.toString(days + seconds / 86_400d);
    }

    /** 0 is A, 25 Z, 26 AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    private void sharedStrings(Writer w) throws IOException {
        w.write(XML_DECLARATION);
        w.write("<sst xmlns=\"" + MAIN + "\" count=\"" + stringUses + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings) {
            w.write("<si><t xml:space=\"preserve\">");
            escape(w, s);
            w.write("</t></si>");
        }
        w.write("</sst>");
    }

    /** Sheet names as Excel allows them: no {@code \ / ? * [ ] :}, at most 31 characters, unique ignoring case. */
    static List<String> sheetNames(List<Table> tables) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Table t : tables) {
            String clean = (t.sheetName() == null || t.sheetName().isBlank() ? "Sheet1" : t.sheetName())
                    .replaceAll("[\\\\/?*\\[\\]:]", "_");
            String name = clean.length() > 31 ? clean.substring(0, 31) : clean;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = (clean.length() > 31 - suffix.length() ? clean.substring(0, 31 - suffix.length()) : clean)
                        + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/styles.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String workbook(List<String> names) throws IOException {
        StringBuilder s = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE_RELATIONSHIPS
                + "\"><bookViews><workbookView/></bookViews><sheets>");
        for (int i = 0; i < names.size(); i++) {
            java.io.StringWriter name = new java.io.StringWriter();
            escape(name, names.get(i));
            s.append("<sheet name=\"").append(name.toString().replace("\"", "&quot;")).append("\" sheetId=\"")
                    .append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder s = new StringBuilder("<Relationships xmlns=\"" + RELATIONSHIPS + "\">");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(OFFICE_RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(OFFICE_RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        s.append("<Relationship Id=\"rId").append(sheets + 2).append("\" Type=\"").append(OFFICE_RELATIONSHIPS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /** The default font, a bold one; the two fills every workbook has; the date formats as POI wrote them. */
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    /** Chinese characters take two columns. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /**
     * XML text; characters XML 1.0 cannot carry are written as Excel writes them ({@code _xHHHH_}), and a text that
     * looks like such an escape has its underscore escaped, so it reads back as it was.
     */
    static void escape(Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> w.write("&amp;");
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '\r' -> w.write("&#13;"); // a plain one is read as a line feed
                case '_' -> w.write(looksEscaped(s, i) ? "_x005F_" : "_");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF) {
                        w.write(String.format("_x%04X_", (int) c));
                    } else {
                        w.write(c);
                    }
                }
            }
        }
    }

    private static boolean looksEscaped(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
