package org.xingfeng.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Uploaded spreadsheets: the suite's streaming reader (the platform's spreadsheet service, loaded from the jars the
 * full server runs) on a sheet just under its caps, beside POI's own model reading the same bytes (the reading it
 * replaced); and how fast a zip bomb and a merged-region bomb are refused, beside inflating the bomb's sheet whole.
 */
final class XlsxScenario implements Scenario {

    /** The service's caps (XlsxSpreadsheetService): cells written in the sheets, rows. */
    static final int MAX_WRITTEN_CELLS = 300_000;
    static final int STRINGS = 1_000;
    static final int ROUNDS = 5;

    @Override
    public String name() {
        return "xlsx-read";
    }

    @Override
    public String summary() {
        return "uploaded XLSX: a sheet just under the caps read by the suite's reader beside POI's model, bombs "
                + "refused (no server; about 1 minute)";
    }

    @Override
    public String title() {
        return "Uploaded spreadsheets (XLSX reader)";
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(run.fullServer().resolve("plugins"))) {
            for (Path p : plugins.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".jar") && (n.startsWith("org.xingfeng.platform.spreadsheet_")
                        || n.startsWith("org.xingfeng.platform.api_")
                        || n.startsWith("org.apache.servicemix.bundles.poi_")
                        || n.startsWith("org.apache.commons.") || n.startsWith("org.apache.logging.log4j.api_"))) {
                    jars.add(p.toUri().toURL());
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader); // POI's XML schemas are found through it
            Class<?> time = loader.loadClass("org.xingfeng.platform.api.time.BureauTime");
            Class<?> service = loader.loadClass("org.xingfeng.platform.spreadsheet.internal.XlsxSpreadsheetService");
            Object xlsx = service.getConstructor(time)
                    .newInstance(time.getMethod("of", Clock.class).invoke(null, Clock.systemUTC()));
            Method read = service.getMethod("read", InputStream.class);

            int rows = MAX_WRITTEN_CELLS / 2 - 1;
            byte[] underCaps = workbook(sheetRows(rows), STRINGS);
            section.parameters.put("rows", rows);
            section.parameters.put("fileBytes", underCaps.length);
            long[] ours = new long[ROUNDS];
            long[] oursCpu = new long[ROUNDS];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<?> sheets = null;
            for (int i = -2; i < ROUNDS; i++) { // two warm-ups
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                sheets = (List<?>) read.invoke(xlsx, new ByteArrayInputStream(underCaps));
                if (i >= 0) {
                    ours[i] = System.nanoTime() - t0;
                    oursCpu[i] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            int readRows = ((List<?>) sheets.get(0).getClass().getMethod("rows").invoke(sheets.get(0))).size();
            section.check("the sheet just under the caps reads whole (" + readRows + " rows)", readRows == rows);
            long[] model = new long[3];
            for (int i = -1; i < model.length; i++) {
                long t0 = System.nanoTime();
                int cells = poiModel(loader, underCaps);
                if (i >= 0) {
                    model[i] = System.nanoTime() - t0;
                }
                if (i == -1) {
                    section.check("POI's model reads the same cells", cells == rows * 2);
                }
            }
            Arrays.sort(ours);
            Arrays.sort(model);
            double oursMs = Stats.median(ours) / 1e6;
            double oursCpuMs = Stats.median(oursCpu) / 1e6;
            double modelMs = Stats.median(model) / 1e6;
            System.out.printf(Locale.ROOT, "  %,d rows (%,d cells, %,d bytes): reader %s ms, POI's model %s ms%n", rows,
                    rows * 2, underCaps.length, Stats.ms(oursMs), Stats.ms(modelMs));
            section.row(String.format(Locale.ROOT, "A sheet just under the caps read (%,d rows, %,d cells, %,d KB)",
                    rows, rows * 2, underCaps.length / 1024),
                    "median " + Stats.ms(oursMs) + " ms of " + ROUNDS + " (CPU " + Stats.ms(oursCpuMs) + " ms)",
                    "POI's model (XSSFWorkbook + DataFormatter), median " + Stats.ms(modelMs) + " ms of 3",
                    String.format(Locale.ROOT, "%.1f× faster; target < 1 s", modelMs / oursMs))
                    .figure("readerMs", oursMs).figure("readerCpuMs", oursCpuMs).figure("poiModelMs", modelMs);

            // a zip bomb: 200 MB of rows in a small file; its sheet inflated whole is the floor of reading it at all
            byte[] row = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>0</v></c></row>"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] bomb = workbook(null, 200L << 20, row, 1);
            long[] refusal = new long[ROUNDS];
            boolean refused = true;
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                refused &= refuses(read, xlsx, bomb);
                refusal[i] = System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            long inflated = inflateAll(bomb);
            double inflateMs = (System.nanoTime() - t0) / 1e6;
            Arrays.sort(refusal);
            section.check("the zip bomb is refused (a 400 on the file)", refused);
            section.row(
                    String.format(Locale.ROOT, "A zip bomb refused (%,d KB inflating to %,d MB)", bomb.length / 1024,
                            inflated >> 20),
                    "median " + Stats.ms(Stats.median(refusal) / 1e6) + " ms",
                    "inflating it whole " + Stats.ms(inflateMs) + " ms", "target < 1 s")
                    .figure("zipBombRefusedMs", Stats.median(refusal) / 1e6).figure("inflateMs", inflateMs);

            // the reviewer's file: one merged region over 60,000 rows and every column
            String merged = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"60001\"/></sheetData>"
                    + "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD60001\"/></mergeCells>";
            byte[] region = workbook(merged.getBytes(StandardCharsets.US_ASCII), 1);
            refused = true;
            for (int i = 0; i < ROUNDS; i++) {
                long t1 = System.nanoTime();
                refused &= refuses(read, xlsx, region);
                refusal[i] = System.nanoTime() - t1;
            }
            Arrays.sort(refusal);
            section.check("the merged-region bomb is refused (a 400 on the file)", refused);
            section.row(
                    String.format(Locale.ROOT, "A merged region over 60,000 rows and every column refused (%,d bytes)",
                            region.length),
                    "median " + Stats.ms(Stats.median(refusal) / 1e6) + " ms",
                    "(POI's model: out of memory, issue 20)", "target < 1 s")
                    .figure("mergedBombRefusedMs", Stats.median(refusal) / 1e6);
        } finally {
            Thread.currentThread().setContextClassLoader(XlsxScenario.class.getClassLoader());
        }
    }

    private static boolean refuses(Method read, Object xlsx, byte[] file) throws IllegalAccessException {
        try {
            read.invoke(xlsx, new ByteArrayInputStream(file));
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getSimpleName().equals("ValidationException");
        }
    }

    /** Every cell of the file through POI's model and DataFormatter, as uploads were read before; the cells read. */
    private static int poiModel(ClassLoader loader, byte[] file) throws Exception {
        Class<?> workbook = loader.loadClass("org.apache.poi.xssf.usermodel.XSSFWorkbook");
        Class<?> cell = loader.loadClass("org.apache.poi.ss.usermodel.Cell");
        Object formatter = loader.loadClass("org.apache.poi.ss.usermodel.DataFormatter").getConstructor().newInstance();
        Method format = formatter.getClass().getMethod("formatCellValue", cell);
        int cells = 0;
        try (AutoCloseable wb = (AutoCloseable) workbook.getConstructor(InputStream.class)
                .newInstance(new ByteArrayInputStream(file))) {
            for (Object sheet : (Iterable<?>) wb) {
                for (Object row : (Iterable<?>) sheet) {
                    for (Object c : (Iterable<?>) row) {
                        format.invoke(formatter, c);
                        cells++;
                    }
                }
            }
        }
        return cells;
    }

    private static long inflateAll(byte[] file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(file))) {
            while (in.getNextEntry() != null) {
                for (int k; (k = in.read(buffer)) > 0;) {
                    n += k;
                }
            }
        }
        return n;
    }

    /** Rows of a shared string and a number, distinct as a real list's. */
    private static byte[] sheetRows(int rows) {
        StringBuilder b = new StringBuilder("<sheetData>");
        for (int r = 1; r <= rows; r++) {
            b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>")
                    .append(r % STRINGS).append("</v></c><c r=\"B").append(r).append("\"><v>").append(r * 7919L)
                    .append("</v></c></row>");
        }
        return b.append("</sheetData>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] workbook(byte[] sheet, int strings) throws IOException {
        return workbook(sheet, 0, null, strings);
    }

    /** A workbook of one sheet: its XML (or one row repeated to some size) and numbered shared strings. */
    private static byte[] workbook(byte[] sheet, long repeatBytes, byte[] row, int strings) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct
                            + "worksheet+xml\"/>"
                            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct
                            + "sharedStrings+xml\"/></Types>");
            put(zip, "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + rel
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"清单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + rel
                            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"rId2\" Type=\"" + rel
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\">").getBytes(StandardCharsets.UTF_8));
            if (sheet != null) {
                zip.write(sheet);
            } else {
                zip.write("<sheetData>".getBytes(StandardCharsets.US_ASCII));
                byte[] block = new byte[row.length * 1_000];
                for (int i = 0; i < 1_000; i++) {
                    System.arraycopy(row, 0, block, i * row.length, row.length);
                }
                for (long written = 0; written < repeatBytes; written += block.length) {
                    zip.write(block);
                }
                zip.write("</sheetData>".getBytes(StandardCharsets.US_ASCII));
            }
            zip.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder sst = new StringBuilder("<sst xmlns=\"" + main + "\">");
            for (int i = 0; i < strings; i++) {
                sst.append("<si><t>事项").append(i).append("</t></si>");
            }
            zip.write(sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
