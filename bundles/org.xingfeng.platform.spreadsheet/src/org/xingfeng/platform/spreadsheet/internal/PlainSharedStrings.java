package org.xingfeng.platform.spreadsheet.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shared-strings table of a written workbook, kept as plain strings and written as plain XML. POI's own table keeps
 * every distinct string as an XML-beans object, keyed by its XML text, and saves them through XML beans: for an export
 * of 100,000 evaluations (record numbers, phones: some 300,000 distinct strings) that was two thirds of the writing
 * time and filled a 256 MiB heap (the bench's {@code xlsx} scenario). Written only: a workbook made with it is not
 * read back through it.
 */
final class PlainSharedStrings extends SharedStringsTable {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /**
     * A streaming workbook (rows beyond {@code rowsInMemory} go to a compressed temporary file) whose shared strings are
     * a {@link PlainSharedStrings}, its string cells written straight into it (POI's writer would make an XML-beans
     * rich text of each cell's string first: a third of the remaining time).
     */
    static SXSSFWorkbook streamingWorkbook(int rowsInMemory) {
        return new SXSSFWorkbook(new XSSFWorkbook(new Factory()), rowsInMemory, true, true) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                PlainSharedStrings strings = (PlainSharedStrings) _sharedStringSource;
                return new GZIPSheetDataWriter(strings) {
                    @Override
                    public void writeCell(int column, Cell cell) throws IOException {
                        if (cell == null || cell.getCellType() != CellType.STRING) {
                            super.writeCell(column, cell);
                            return;
                        }
                        // as POI writes a shared string's cell: <c r="B7" s="3" t="s"><v>12</v></c>
                        _out.write("<c r=\"");
                        _out.write(new CellReference(cell.getRowIndex(), column).formatAsString());
                        int style = cell.getCellStyle().getIndex() & 0xffff;
                        if (style != 0) {
                            _out.write("\" s=\"");
                            _out.write(Integer.toString(style));
                        }
                        _out.write("\" t=\"s\"><v>");
                        _out.write(Integer.toString(strings.add(cell.getStringCellValue())));
                        _out.write("</v></c>");
                    }
                };
            }
        };
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        return add(string.getString());
    }

    /** The string's index in the table, adding it when new; counts one more use. */
    int add(String string) {
        count++;
        return index.computeIfAbsent(string, s -> {
            strings.add(s);
            uniqueCount = strings.size();
            return strings.size() - 1;
        });
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        List<RichTextString> items = new ArrayList<>(strings.size());
        for (String s : strings) {
            items.add(new XSSFRichTextString(s));
        }
        return items;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        // not closed: the caller owns the stream
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count
                + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings) {
            w.write("<si><t xml:space=\"preserve\">");
            escape(w, s);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
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
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
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

    /** POI's part factory, making this table where POI would make its own. */
    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (XSSFRelation.SHARED_STRINGS.getRelation().equals(descriptor.getRelation())) {
                return new PlainSharedStrings();
            }
            return super.newDocumentPart(descriptor);
        }
    }
}
