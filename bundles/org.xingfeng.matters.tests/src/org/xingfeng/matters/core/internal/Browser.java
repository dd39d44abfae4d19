package org.xingfeng.matters.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run as a person's browser would load a page: its DOM after loading, and a screenshot. */
final class Browser {

    static final String BINARY = "/usr/bin/chromium";

    private Browser() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /**
     * The DOM after the page loaded in a Chinese person's browser ({@code Accept-Language: zh-CN}, whatever this
     * machine's language); a PNG of the page is written to {@code screenshot} when it is not null.
     */
    static String load(String url, Path screenshot) throws IOException, InterruptedException {
        return load(url, screenshot, "zh-CN,zh");
    }

    /** As {@link #load(String, Path)}, in a browser whose languages are {@code acceptLanguage} (e.g. "en-US,en"). */
    static String load(String url, Path screenshot, String acceptLanguage) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("xingfeng-chromium");
        try {
            if (screenshot != null) {
                Files.createDirectories(screenshot.getParent());
                run(url, profile, "--accept-lang=" + acceptLanguage, "--screenshot=" + screenshot.toAbsolutePath(),
                        "--window-size=1000,1300");
            }
            return run(url, profile, "--accept-lang=" + acceptLanguage, "--dump-dom");
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String run(String url, Path profile, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 60 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
