package org.xingfeng.platform.spreadsheet.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.xingfeng.platform.api.spreadsheet.SheetData;

/**
 * Reads an uploaded XLSX as a stream of XML events, with every cap checked while reading and before anything is
 * allocated for it: the file's size and parts, each part's inflated size and ratio (zip bombs), rows, columns, cells
 * written, shared strings, and the area merged regions cover once copied out. Only the text of the cells is kept, as
 * {@link DataFormatter} shows it (numbers and dates in their cell's format, formulas as their last result).
 * <p>
 * The zip is read through its central directory (commons-compress over the bytes in memory), so entries streamed
 * with data descriptors and Zip64 records, as other tools write them, read right. The XML is read without DTDs or
 * external entities.
 */
final class XlsxReader {

    /** Why a file was refused: the message key of the platform.spreadsheet bundle and its arguments. */
    record Refusal(String key, Object... args) {
    }

    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Refusal refusal;

        Refused(String key, Object... args) {
            super(key);
            this.refusal = new Refusal(key, args);
        }
    }

    /** The caps of one reading. */
    record Limits(long maxPartBytes, long maxWrittenCells, int maxRows, int maxColumns, long maxCells,
            long maxStrings) {
    }

    /** Uploads are capped by the REST layer far below this; a larger stream is no upload. */
    static final int MAX_FILE_BYTES = 64 << 20;
    /** A part inflating past this many times its compressed size is a zip bomb (POI's own ratio, 0.01). */
    static final int MAX_RATIO = 100;
    /** ... unless it is small: a tiny file of a few blank cells inflates well past the ratio. */
    static final long RATIO_FREE_BYTES = 1 << 20;
    /** Parts other than sheets and shared strings (workbook, styles, relationships): a spreadsheet's are small. */
    static final long OTHER_PART_BYTES = 8 << 20;
    /** Zip entries (a workbook has a few dozen); counted before the directory is read, which holds them all. */
    static final int MAX_PARTS = 10_000;

    /** Elements nested in a part: a sheet's go six deep. */
    static final int MAX_DEPTH = 64;

    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    private static final String REL_STYLES = "/styles";
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final Limits limits;
    private final DataFormatter formatter = new DataFormatter();

    XlsxReader(Limits limits) {
        this.limits = limits;
    }

    /** Every sheet of the workbook, in its order. */
    List<SheetData> read(InputStream in) throws IOException, Refused {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new Refused("xlsx.part_too_large", "(file)", MAX_FILE_BYTES);
        }
        if (centralHeaders(bytes) > MAX_PARTS) {
            throw new Refused("xlsx.not_readable_xlsx_file", "more than " + MAX_PARTS + " parts");
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return new Reading(zip).sheets();
        } catch (XMLStreamException | IOException e) {
            // a cap met inside the XML reader comes wrapped in its exceptions
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Refused r) {
                    throw r;
                }
            }
            throw new Refused("xlsx.not_readable_xlsx_file", e.getMessage());
        }
    }

    /** The central directory's file headers (PK 1 2) in the file: an upper bound of its entries. */
    static int centralHeaders(byte[] b) {
        int n = 0;
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                n++;
            }
        }
        return n;
    }

    /** One file's reading: its zip, the shared strings and number formats read so far, the cells counted. */
    private final class Reading {
        private final ZipFile zip;
        private final XMLInputFactory xml;
        private List<String> strings = List.of();
        /** Per cell style (the index of a cell's {@code s}), its number format's id. */
        private final List<Integer> styleFormats = new ArrayList<>();
        private final Map<Integer, String> customFormats = new HashMap<>();
        private boolean date1904;
        private long writtenCells;
        /** Rows and cells made for the sheets so far, merged regions' copies included: checked before each is made. */
        private long area;

        Reading(ZipFile zip) {
            this.zip = zip;
            this.xml = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever else is on the class path
            xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml.setProperty(XMLInputFactory.IS_COALESCING, true);
            // names are matched without their prefix (a third of the reading time went to namespaces)
            xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            // a cell nested thousands of elements deep is no cell: the JDK's own limit, where it has one
            try {
                xml.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            } catch (IllegalArgumentException e) {
                // an XML reader without it: the part's size still bounds the depth
            }
        }

        List<SheetData> sheets() throws IOException, XMLStreamException, Refused {
            Map<String, String[]> rootRels = relationships("");
            String workbook = rootRels.values().stream().filter(r -> r[0].endsWith(REL_OFFICE_DOCUMENT))
                    .map(r -> r[1]).findFirst().orElse("xl/workbook.xml");
            if (entry(workbook) == null) {
                throw new Refused("xlsx.not_readable_xlsx_file", "no workbook");
            }
            Map<String, String[]> rels = relationships(workbook);
            for (String[] r : rels.values()) {
                if (r[0].endsWith(REL_SHARED_STRINGS)) {
                    strings = sharedStrings(r[1]);
                } else if (r[0].endsWith(REL_STYLES)) {
                    styles(r[1]);
                }
            }
            List<String[]> named = new ArrayList<>(); // name, part
            XMLStreamReader x = open(workbook, OTHER_PART_BYTES);
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (name(x).equals("workbookPr")) {
                        String d = attribute(x, "date1904");
                        date1904 = "1".equals(d) || "true".equals(d);
                    } else if (name(x).equals("sheet")) {
                        String[] target = rels.get(attribute(x, "id"));
                        if (target == null) {
                            throw new Refused("xlsx.not_readable_xlsx_file",
                                    "sheet without its part: " + attribute(x, "name"));
                        }
                        named.add(new String[] { attribute(x, "name"), target[1] });
                    }
                }
            } finally {
                x.close();
            }
            List<SheetData> sheets = new ArrayList<>();
            for (String[] s : named) {
                sheets.add(sheet(s[0], s[1]));
            }
            return sheets;
        }

        /** A part's relationships by id: type and target, resolved against the part's folder. */
        private Map<String, String[]> relationships(String part) throws IOException, XMLStreamException, Refused {
            int slash = part.lastIndexOf('/');
            String folder = part.substring(0, slash + 1);
            String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
            Map<String, String[]> rels = new HashMap<>();
            if (entry(relsPart) == null) {
                return rels;
            }
            XMLStreamReader x = open(relsPart, OTHER_PART_BYTES);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && name(x).equals("Relationship")
                            && !"External".equals(attribute(x, "TargetMode"))) {
                        String target = attribute(x, "Target");
                        if (target != null) {
                            rels.put(attribute(x, "Id"), new String[] { String.valueOf(attribute(x, "Type")),
                                    resolve(folder, target) });
                        }
                    }
                }
            } finally {
                x.close();
            }
            return rels;
        }

        private List<String> sharedStrings(String part) throws IOException, XMLStreamException, Refused {
            List<String> list = new ArrayList<>();
            XMLStreamReader x = open(part, limits.maxPartBytes());
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && name(x).equals("sst")) {
                        // the count the table declares, where it is given: a huge one is refused before reading it
                        String declared = attribute(x, "uniqueCount");
                        if (declared != null && !declared.isEmpty() && declared.length() < 19
                                && declared.chars().allMatch(Character::isDigit)
                                && Long.parseLong(declared) > limits.maxStrings()) {
                            throw new Refused("xlsx.too_many_strings", declared, limits.maxStrings());
                        }
                    } else if (x.getEventType() == XMLStreamConstants.START_ELEMENT && name(x).equals("si")) {
                        if (list.size() >= limits.maxStrings()) {
                            throw new Refused("xlsx.too_many_strings", "> " + limits.maxStrings(),
                                    limits.maxStrings());
                        }
                        list.add(richText(x, "si"));
                    }
                }
            } finally {
                x.close();
            }
            return list;
        }

        private void styles(String part) throws IOException, XMLStreamException, Refused {
            XMLStreamReader x = open(part, OTHER_PART_BYTES);
            try {
                boolean inCellXfs = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (name(x)) {
                            case "numFmt" -> {
                                Integer id = number(attribute(x, "numFmtId"));
                                if (id != null && attribute(x, "formatCode") != null) {
                                    customFormats.put(id, attribute(x, "formatCode"));
                                }
                            }
                            case "cellXfs" -> inCellXfs = true;
                            case "xf" -> {
                                if (inCellXfs) {
                                    Integer id = number(attribute(x, "numFmtId"));
                                    styleFormats.add(id == null ? 0 : id);
                                }
                            }
                            default -> {
                                // borders, fills, fonts: nothing a cell's text needs
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && name(x).equals("cellXfs")) {
                        inCellXfs = false;
                    }
                }
            } finally {
                x.close();
            }
        }

        private SheetData sheet(String name, String part) throws IOException, XMLStreamException, Refused {
            List<List<String>> rows = new ArrayList<>();
            List<SheetData.CellRange> merged = new ArrayList<>();
            if (entry(part) == null) {
                throw new Refused("xlsx.not_readable_xlsx_file", "missing part " + part);
            }
            XMLStreamReader x = open(part, limits.maxPartBytes());
            try {
                int row = -1;
                int column = -1;
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (name(x)) {
                        case "row" -> {
                            Integer r = number(attribute(x, "r"));
                            row = r != null ? r - 1 : row + 1;
                            column = -1;
                            if (row < 0 || row > limits.maxRows()) {
                                throw new Refused("xlsx.too_many_rows", name);
                            }
                            area += Math.max(0, row + 1 - rows.size());
                            checkArea(name, area);
                            while (rows.size() <= row) {
                                rows.add(new ArrayList<>());
                            }
                        }
                        case "c" -> {
                            if (row < 0) {
                                throw new Refused("xlsx.not_readable_xlsx_file", "a cell outside any row");
                            }
                            if (++writtenCells > limits.maxWrittenCells()) {
                                throw new Refused("xlsx.too_many_cells", name, limits.maxWrittenCells());
                            }
                            String ref = attribute(x, "r");
                            column = ref != null ? column(ref, name) : column + 1;
                            checkColumn(name, column);
                            List<String> values = rows.get(row);
                            area += Math.max(0, column + 1 - values.size());
                            checkArea(name, area);
                            while (values.size() <= column) {
                                values.add("");
                            }
                            values.set(column, cell(x));
                        }
                        case "mergeCell" -> {
                            SheetData.CellRange m = range(attribute(x, "ref"), name);
                            area += (long) (m.lastRow() - m.firstRow() + 1) * (m.lastColumn() - m.firstColumn() + 1);
                            checkArea(name, area);
                            merged.add(m);
                        }
                        default -> {
                            // columns' widths, panes, conditional formats: not the cells' text
                        }
                    }
                }
            } finally {
                x.close();
            }
            for (SheetData.CellRange m : merged) {
                fill(rows, m);
            }
            return new SheetData(name, rows, merged);
        }

        /** The text of the cell whose start the reader is at, as DataFormatter shows it; the reader ends at its end. */
        private String cell(XMLStreamReader x) throws XMLStreamException, Refused {
            String type = attribute(x, "t");
            Integer style = number(attribute(x, "s"));
            String value = null;
            String inline = null;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (name(x).equals("v")) {
                        value = x.getElementText();
                    } else if (name(x).equals("is")) {
                        inline = richText(x, "is");
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if ("inlineStr".equals(type)) {
                return (inline != null ? inline : value != null ? value : "").strip();
            }
            if (value == null || value.isEmpty()) {
                return "";
            }
            if (type == null || type.equals("n")) {
                double number;
                try {
                    number = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new Refused("xlsx.not_readable_xlsx_file", "not a number: " + shortened(value));
                }
                int format = style != null && style >= 0 && style < styleFormats.size() ? styleFormats.get(style)
                        : !styleFormats.isEmpty() ? styleFormats.get(0) : 0;
                String pattern = customFormats.get(format);
                // most cells: a whole number in the General format, which DataFormatter writes as its digits (from
                // 1E11 on, in scientific notation); it took most of the reading time (a date check by patterns)
                if (format == 0 && pattern == null && number == Math.rint(number) && Math.abs(number) < 1E11) {
                    return Long.toString((long) number);
                }
                if (pattern == null) {
                    pattern = BuiltinFormats.getBuiltinFormat(format);
                }
                if (pattern == null) {
                    pattern = "General";
                }
                return formatter.formatRawCellContents(number, format, pattern, date1904).strip();
            }
            return switch (type) {
                case "s" -> {
                    Integer i = number(value);
                    if (i == null || i < 0 || i >= strings.size()) {
                        throw new Refused("xlsx.not_readable_xlsx_file",
                                "no shared string " + shortened(value));
                    }
                    yield strings.get(i).strip();
                }
                case "b" -> "1".equals(value) || "true".equals(value) ? "TRUE" : "FALSE";
                default -> value.strip(); // str (a formula's text result), e (an error such as #DIV/0!), d
            };
        }

        /** The text of a string item (si, is): its t, or its runs' t, without phonetic runs; the reader ends at its end. */
        private String richText(XMLStreamReader x, String element) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (true) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (name(x).equals("rPh")) {
                        phonetic++;
                    } else if (name(x).equals("t") && phonetic == 0) {
                        text.append(x.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (name(x).equals("rPh")) {
                        phonetic--;
                    } else if (name(x).equals(element)) {
                        return unescape(text);
                    }
                }
            }
        }

        private void checkColumn(String sheet, int column) throws Refused {
            if (column >= limits.maxColumns()) {
                throw new Refused("xlsx.too_many_columns", sheet, limits.maxColumns());
            }
        }

        private void checkArea(String sheet, long area) throws Refused {
            if (area > limits.maxCells()) {
                throw new Refused("xlsx.too_many_cells", sheet, limits.maxCells());
            }
        }

        private int column(String ref, String sheet) throws Refused {
            int column = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                i++;
                if (column > limits.maxColumns()) {
                    throw new Refused("xlsx.too_many_columns", sheet, limits.maxColumns());
                }
            }
            if (i == 0) {
                throw new Refused("xlsx.not_readable_xlsx_file", "bad cell reference " + shortened(ref));
            }
            return column - 1;
        }

        private int rowOf(String ref, String sheet) throws Refused {
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                i++;
            }
            Integer r = number(ref.substring(i));
            if (r == null || r < 1) {
                throw new Refused("xlsx.not_readable_xlsx_file", "bad cell reference " + shortened(ref));
            }
            if (r - 1 > limits.maxRows()) {
                throw new Refused("xlsx.too_many_rows", sheet);
            }
            return r - 1;
        }

        private SheetData.CellRange range(String ref, String sheet) throws Refused {
            if (ref == null) {
                throw new Refused("xlsx.not_readable_xlsx_file", "a merged region without its cells");
            }
            int colon = ref.indexOf(':');
            String from = colon < 0 ? ref : ref.substring(0, colon);
            String to = colon < 0 ? ref : ref.substring(colon + 1);
            int r1 = rowOf(from, sheet);
            int r2 = rowOf(to, sheet);
            int c1 = column(from, sheet);
            int c2 = column(to, sheet);
            checkColumn(sheet, Math.max(c1, c2));
            return new SheetData.CellRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
        }

        private ZipArchiveEntry entry(String name) {
            ZipArchiveEntry e = zip.getEntry(name);
            if (e != null) {
                return e;
            }
            // part names are case-insensitive (OPC)
            for (ZipArchiveEntry other : Collections.list(zip.getEntries())) {
                if (other.getName().equalsIgnoreCase(name)) {
                    return other;
                }
            }
            return null;
        }

        /** A part's XML, its inflated size and ratio checked while it is read. */
        private XMLStreamReader open(String part, long cap) throws IOException, XMLStreamException, Refused {
            ZipArchiveEntry e = entry(part);
            if (e == null) {
                throw new Refused("xlsx.not_readable_xlsx_file", "missing part " + part);
            }
            if (e.getMethod() != ZipArchiveEntry.STORED && e.getMethod() != ZipArchiveEntry.DEFLATED) {
                throw new Refused("xlsx.not_readable_xlsx_file", "compression method " + e.getMethod());
            }
            // the sizes the directory declares, checked before a byte is inflated (a lie is caught while reading)
            long size = e.getSize();
            if (size > RATIO_FREE_BYTES && size > MAX_RATIO * Math.max(1, e.getCompressedSize())) {
                throw new Refused("xlsx.not_readable_xlsx_file",
                        "zip bomb: " + part + " inflates past " + MAX_RATIO + " times its size");
            }
            if (size > cap) {
                throw new Refused("xlsx.part_too_large", part, cap);
            }
            return xml.createXMLStreamReader(new Bounded(zip.getInputStream(e), part, cap));
        }
    }

    /** A part's inflated bytes, refused at its cap or past the bomb ratio as they are read (not at its end). */
    private static final class Bounded extends FilterInputStream {
        private final String part;
        private final long cap;
        private long size;

        Bounded(InputStream in, String part, long cap) {
            super(in);
            this.part = part;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                size += n;
                if (size > cap) {
                    throw new IOException(new Refused("xlsx.part_too_large", part, cap));
                }
                long compressed = in instanceof InputStreamStatistics s ? Math.max(1, s.getCompressedCount()) : size;
                if (size > RATIO_FREE_BYTES && size > MAX_RATIO * compressed) {
                    throw new IOException(new Refused("xlsx.not_readable_xlsx_file",
                            "zip bomb: " + part + " inflates past " + MAX_RATIO + " times its size"));
                }
            }
            return n;
        }
    }

    private static String attribute(XMLStreamReader x, String localName) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (local(x.getAttributeLocalName(i)).equals(localName)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An element's name without its prefix (the reader is not namespace-aware: x:row and row alike). */
    private static String name(XMLStreamReader x) {
        return local(x.getLocalName());
    }

    private static String local(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static Integer number(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A target relative to the folder of its part, or absolute from the package's root. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /** Excel's escapes of characters XML cannot hold ({@code _x000D_}), as POI's rich text undoes them. */
    static String unescape(CharSequence text) {
        if (text.length() < 7 || text.toString().indexOf("_x") < 0) {
            return text.toString();
        }
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String shortened(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** Every cell of a merged region reads as its top-left one, in the rows the sheet has. */
    static void fill(List<List<String>> rows, SheetData.CellRange m) {
        if (m.firstRow() >= rows.size()) {
            return;
        }
        List<String> first = rows.get(m.firstRow());
        String value = m.firstColumn() < first.size() ? first.get(m.firstColumn()) : "";
        for (int r = m.firstRow(); r <= m.lastRow() && r < rows.size(); r++) {
            List<String> row = rows.get(r);
            while (row.size() <= m.lastColumn()) {
                row.add("");
            }
            for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                row.set(c, value);
            }
        }
    }
}
