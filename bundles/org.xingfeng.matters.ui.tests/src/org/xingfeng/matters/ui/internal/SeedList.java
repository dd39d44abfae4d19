package org.xingfeng.matters.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xingfeng.platform.api.spreadsheet.Csv;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;

/**
 * Attachment 1 of the Mianyang work plan (seed 004: the 46-item matters list) as the bureau's table, built from the
 * seed's text the way the matters tests build it: tab-separated cells, the header printed again on every page,
 * and the one main-item cell a page break cut (rows 38-39) joined as the merged cell it is in print. The XLSX is
 * written by the platform's spreadsheet service.
 */
final class SeedList {

    private SeedList() {
    }

    static Path seedFile() {
        Path dir = Path.of(System.getProperty("xingfeng.seeds", "../shared/seeds"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "004_*.txt")) {
            for (Path f : files) {
                return f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the seed documents are expected in " + dir.toAbsolutePath(), e);
        }
        throw new IllegalStateException("seed 004_*.txt not found in " + dir.toAbsolutePath());
    }

    static List<List<String>> rows() {
        String text;
        try {
            text = Files.readString(seedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String table = text.substring(text.indexOf("附件 1"), text.indexOf("附件 2"));
        List<List<String>> rows = new ArrayList<>();
        boolean afterPageHeader = false;
        List<String> lastData = null;
        for (String line : table.split("\n")) {
            if (!line.contains("\t")) {
                continue;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            while (cells.size() < 10) {
                cells.add("");
            }
            boolean header = cells.get(0).equals("序号") || cells.get(0).equals("办事项");
            if (!header && afterPageHeader && !cells.get(1).isBlank() && cells.get(2).isBlank() && lastData != null) {
                lastData.set(1, lastData.get(1) + cells.get(1));
                cells.set(1, "");
            }
            afterPageHeader = cells.get(0).equals("序号");
            if (!header) {
                lastData = cells;
            }
            rows.add(cells);
        }
        return rows;
    }

    static byte[] xlsx(SpreadsheetService sheets) {
        List<List<String>> rows = rows();
        List<List<Object>> body = new ArrayList<>();
        rows.subList(1, rows.size()).forEach(r -> body.add(new ArrayList<>(r)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(out, List.of(new Table("事项清单", "事项清单", rows.get(0), body)));
        return out.toByteArray();
    }

    static byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows()) {
            sb.append(Csv.line(row));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
