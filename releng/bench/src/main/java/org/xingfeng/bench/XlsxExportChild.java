package org.xingfeng.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs in a JVM of its own with the server's small heap (started by {@link XlsxExportScenario}): builds the evaluations
 * export's table (100,000 rows as the evaluations service makes them) and writes it through the server's own XLSX
 * writer (the platform's spreadsheet bundle, from the server's plugins, by reflection: the bench does not
 * compile against the bundles), then the same table as CSV through the platform's CSV writer. Prints one line per
 * write: {@code xlsx|csv|table ms=... bytes=... peakHeapMiB=...}.
 */
public final class XlsxExportChild {

    static final List<String> HEADERS = List.of("编号", "评价时间", "单位", "办件编号", "评价等级", "渠道", "窗口", "工号",
            "事项编码", "实名/匿名", "评价内容", "标签", "申诉", "评价人", "联系电话");
    static final String[] LEVELS = { "非常满意", "满意", "基本满意", "不满意", "非常不满意" };
    static final String[] CHANNELS = { "窗口评价器", "二维码", "网上办事大厅", "移动端", "电话回访" };
    static final String[] COMMENTS = { "工作人员态度很好，办理很快", "等候时间太长", "材料一次告知，很方便", "窗口人员不在岗",
            "流程清楚，服务热情" };
    static final String[] TAGS = { "", "态度好", "效率高、态度好", "等候时间长", "一次办成" };

    private XlsxExportChild() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Class<?> tableType = Class.forName("org.xingfeng.platform.api.spreadsheet.Table");
        Class<?> bureauTime = Class.forName("org.xingfeng.platform.api.time.BureauTime");
        Object time = bureauTime.getMethod("of", Clock.class).invoke(null, Clock.systemUTC());
        Object writer = Class.forName("org.xingfeng.platform.spreadsheet.internal.XlsxSpreadsheetService")
                .getConstructor(bureauTime).newInstance(time);
        Method write = writer.getClass().getMethod("write", OutputStream.class, List.class);
        Method csv = Class.forName("org.xingfeng.platform.api.spreadsheet.Csv").getMethod("write", tableType);

        resetPeaks();
        long t0 = System.nanoTime();
        Object table = tableType.getConstructor(String.class, String.class, List.class, List.class)
                .newInstance("evaluations", "好差评", HEADERS, rows(rows));
        report("table", t0, 0);
        for (int i = 0; i < rounds; i++) {
            Path xlsx = dir.resolve("export-" + i + ".xlsx");
            resetPeaks();
            t0 = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx), 1 << 16)) {
                write.invoke(writer, out, List.of(table));
            }
            report("xlsx", t0, Files.size(xlsx));
            Files.delete(xlsx);

            Path text = dir.resolve("export-" + i + ".csv");
            resetPeaks();
            t0 = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(text), 1 << 16)) {
                out.write(((String) csv.invoke(null, table)).getBytes(StandardCharsets.UTF_8));
            }
            report("csv", t0, Files.size(text));
            Files.delete(text);
        }
    }

    /** The evaluations export's columns, as {@code EvaluationServiceImpl.table} fills them. */
    static List<List<Object>> rows(int n) {
        SplittableRandom random = new SplittableRandom(22);
        Instant start = Instant.parse("2026-01-01T00:30:00Z");
        List<List<Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int level = random.nextInt(100) < 5 ? 3 + random.nextInt(2) : random.nextInt(3);
            boolean named = random.nextInt(10) == 0;
            out.add(Arrays.asList((long) (1_000_000 + i), start.plusSeconds(i * 300L + random.nextInt(300)),
                    (long) (100 + random.nextInt(30)), String.format(Locale.ROOT, "510722%08d", i), LEVELS[level],
                    CHANNELS[random.nextInt(CHANNELS.length)], Integer.toString(1 + random.nextInt(20)),
                    String.format(Locale.ROOT, "S%04d", random.nextInt(2000)),
                    String.format(Locale.ROOT, "5107221%05d", random.nextInt(300)), named ? "实名" : "匿名",
                    random.nextInt(4) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null,
                    TAGS[random.nextInt(TAGS.length)], "无", named ? "张三" + i % 97 : null,
                    named ? String.format(Locale.ROOT, "138%08d", i) : null));
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The heap's peak: the sum of the heap pools' peaks since the reset (an upper bound of the live peak). */
    private static void report(String what, long t0, long bytes) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s ms=%d bytes=%d peakHeapMiB=%d maxHeapMiB=%d%n", what, ms, bytes,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
