package org.xingfeng.platform.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A look into an uploaded XLSX before POI builds its model of it (which holds every cell and every shared string in
 * memory at once, at a few hundred bytes each): the file is read once, bounded; a file without the zip's closing
 * record (truncated, or no zip at all) is refused, and every part is inflated once, counting its bytes, cells, rows and
 * shared strings, so that a zip bomb, a sheet of too many cells or a huge shared-strings table is refused in a fraction
 * of a second instead of filling the heap. The counts look for the elements' names after {@code <} or a namespace
 * prefix's {@code :}, so they are upper bounds (text that happens to hold such a name counts too).
 */
final class XlsxScreen {

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

    /** Uploads are capped by the REST layer far below this; a larger stream is no upload. */
    static final int MAX_FILE_BYTES = 64 << 20;
    /** A part inflating past this many times its compressed size is a zip bomb (POI's own ratio, 0.01). */
    static final int MAX_RATIO = 100;
    /** ... unless it is small: a tiny file of a few blank cells inflates well past the ratio. */
    static final long RATIO_FREE_BYTES = 1 << 20;
    /** Parts other than sheets and shared strings (styles, themes, drawings' XML): a spreadsheet's are small. */
    static final long OTHER_PART_BYTES = 8 << 20;

    private final long maxPartBytes;
    private final long maxCells;
    private final long maxRows;
    private final long maxStrings;

    XlsxScreen(long maxPartBytes, long maxCells, long maxRows, long maxStrings) {
        this.maxPartBytes = maxPartBytes;
        this.maxCells = maxCells;
        this.maxRows = maxRows;
        this.maxStrings = maxStrings;
    }

    /** The file's bytes, once it passed. */
    byte[] screen(InputStream in) throws IOException, Refused {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new Refused("poiSpreadsheet.part_too_large", "(file)", MAX_FILE_BYTES);
        }
        if (!hasEndRecord(bytes)) {
            throw new Refused("poiSpreadsheet.not_readable_xlsx_file", "not a complete zip file");
        }
        long cells = 0;
        long strings = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                parts++;
                // the compressed bytes this part has taken so far (the zip reader reads ahead a little: a bound)
                int partStart = bytes.length - raw.available();
                String name = e.getName();
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                boolean sst = name.equals("xl/sharedStrings.xml");
                Counter c = sheet ? new Counter("c", "row") : sst ? new Counter("si") : null;
                long cap = sheet || sst ? maxPartBytes : Math.min(maxPartBytes, OTHER_PART_BYTES);
                long size = 0;
                for (int n; (n = zip.read(buffer)) > 0;) {
                    size += n;
                    if (size > cap) {
                        throw new Refused("poiSpreadsheet.part_too_large", name, cap);
                    }
                    long compressed = Math.max(1, bytes.length - raw.available() - partStart);
                    if (size > RATIO_FREE_BYTES && size > MAX_RATIO * compressed) {
                        throw new Refused("poiSpreadsheet.not_readable_xlsx_file",
                                "zip bomb: " + name + " inflates past " + MAX_RATIO + " times its size");
                    }
                    if (c != null) {
                        c.feed(buffer, n);
                        // checked as the part is read: a huge part is refused at its limit, not at its end
                        if (sheet && (cells + c.counts[0] > maxCells)) {
                            throw new Refused("poiSpreadsheet.too_many_cells", name, maxCells);
                        }
                        if (sheet && c.counts[1] > maxRows) {
                            throw new Refused("poiSpreadsheet.too_many_rows", name);
                        }
                        if (sst && strings + c.counts[0] > maxStrings) {
                            throw new Refused("poiSpreadsheet.too_many_strings", "> " + maxStrings, maxStrings);
                        }
                    }
                }
                if (sheet) {
                    cells += c.counts[0];
                } else if (sst) {
                    strings += c.counts[0];
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new Refused("poiSpreadsheet.not_readable_xlsx_file", e.getMessage());
        }
        if (parts == 0) {
            throw new Refused("poiSpreadsheet.not_readable_xlsx_file", "no parts");
        }
        return bytes;
    }

    /** The zip's end-of-central-directory record (PK 5 6) within the last 64 KiB and 22 bytes. */
    static boolean hasEndRecord(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** Counts elements by local name across buffer boundaries: after '<' or ':', the name, then ' ', '>' or '/'. */
    static final class Counter {
        final byte[][] names;
        final long[] counts;
        /** Per name, how many of its bytes matched so far; -1 while no '<' or ':' opened a match. */
        final int[] at;

        Counter(String... names) {
            this.names = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = names[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
            this.counts = new long[names.length];
            this.at = new int[names.length];
            java.util.Arrays.fill(at, -1);
        }

        void feed(byte[] b, int n) {
            for (int k = 0; k < n; k++) {
                byte x = b[k];
                for (int i = 0; i < names.length; i++) {
                    int m = at[i];
                    if (m >= 0 && m == names[i].length) {
                        if (x == ' ' || x == '>' || x == '/') {
                            counts[i]++;
                        }
                        m = -1;
                    } else if (m >= 0 && names[i][m] == x) {
                        m++;
                    } else {
                        m = -1;
                    }
                    if (m < 0 && (x == '<' || x == ':')) {
                        m = 0;
                    }
                    at[i] = m;
                }
            }
        }
    }
}
