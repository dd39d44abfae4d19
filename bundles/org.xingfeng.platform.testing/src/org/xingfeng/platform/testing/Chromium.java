package org.xingfeng.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket per tab): open pages, run script in them,
 * set the viewport and take screenshots. Tests of the citizens' pages (the hall's pages, surveys, ...) use it as a
 * person would, clicks included; {@link #available()} says whether this machine has it.
 */
public final class Chromium implements AutoCloseable {

    public static final String BINARY = "/usr/bin/chromium";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public static boolean available() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** Chromium with its DevTools on {@code port}, or on a free port when that one is taken (another run's browser). */
    public Chromium(int port) throws Exception {
        this.port = freeOr(port);
        profile = Files.createTempDirectory("xingfeng-chromium");
        process = new ProcessBuilder(BINARY, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=" + this.port,
                "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                get("/json/version");
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                    close();
                    throw new IOException("chromium did not start its DevTools endpoint", e);
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freeOr(int port) throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException taken) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A new tab with its viewport; the page is loaded with {@link Tab#open}. */
    public Tab tab(int width, int height, boolean mobile) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        Tab tab = new Tab(JSON.readTree(body).get("webSocketDebuggerUrl").asText());
        tab.listen();
        tab.viewport(width, height, mobile);
        return tab;
    }

    @Override
    public void close() throws IOException {
        // the browser's helpers (renderers, the network service) too: they write into the profile until they end
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(5, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /** The profile removed; a file that goes while it is walked (a helper's last temporary file) is no error. */
    private void deleteProfile() throws IOException {
        for (int attempt = 1;; attempt++) {
            if (!Files.exists(profile)) {
                return;
            }
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                return;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** One tab: commands and their answers over its WebSocket. */
    public final class Tab implements WebSocket.Listener {

        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        /** What the page said on its console and the exceptions it threw, for a failing test's message. */
        final List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

        Tab(String url) throws Exception {
            socket = http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(10, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    String event = message.path("method").asText();
                    if (event.equals("Runtime.exceptionThrown")) {
                        console.add("exception: " + message.path("params").path("exceptionDetails"));
                    } else if (event.equals("Runtime.consoleAPICalled")) {
                        console.add(message.path("params").path("type").asText() + ": "
                                + message.path("params").path("args"));
                    } else if (event.equals("Network.responseReceived")
                            && message.path("params").path("response").path("status").asInt() >= 400) {
                        console.add("http " + message.path("params").path("response").path("status").asInt() + " "
                                + message.path("params").path("response").path("url").asText());
                    }
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = waiting.remove(message.get("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // not a message of ours
                } finally {
                    partial.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        public JsonNode send(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            waiting.put(id, answer);
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .get(10, TimeUnit.SECONDS);
            JsonNode m = answer.get(30, TimeUnit.SECONDS);
            if (m.has("error")) {
                throw new IllegalStateException(method + ": " + m.get("error"));
            }
            return m.get("result");
        }

        public void listen() throws Exception {
            send("Runtime.enable", Map.of());
            send("Network.enable", Map.of());
            // a browser of a Chinese system: the pages choose their language from Accept-Language
            languages("zh-CN,zh;q=0.9");
        }

        /** The languages the tab's pages are asked in ({@code Accept-Language}, e.g. "en-US,en"); Chinese first. */
        public void languages(String acceptLanguage) throws Exception {
            send("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", acceptLanguage)));
        }

        /** The page's DOM as its scripts left it. */
        public String dom() throws Exception {
            return text("document.documentElement.outerHTML");
        }

        public void viewport(int width, int height, boolean mobile) throws Exception {
            send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                    "mobile", mobile));
        }

        public void open(String url) throws Exception {
            send("Page.navigate", Map.of("url", url));
            waitFor("document.readyState === 'complete'", 15_000);
        }

        /** The value of an expression (promises awaited). */
        public JsonNode eval(String expression) throws Exception {
            JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                    "returnByValue", true));
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
            }
            return r.get("result").get("value");
        }

        public String text(String expression) throws Exception {
            JsonNode v = eval(expression);
            return v == null || v.isNull() ? null : v.asText();
        }

        /** Waits until the expression is true; the milliseconds it took. */
        public long waitFor(String expression, long timeoutMillis) throws Exception {
            long start = System.nanoTime();
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (true) {
                JsonNode v = eval("!!(" + expression + ")");
                if (v != null && v.asBoolean()) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError(
                            "not within " + timeoutMillis + " ms: " + expression + "; the page said " + console);
                }
                Thread.sleep(10);
            }
        }

        public void media(String media) throws Exception {
            send("Emulation.setEmulatedMedia", Map.of("media", media));
        }

        /** A PNG of the viewport, or of the whole page. */
        public Path screenshot(Path file, boolean fullPage) throws Exception {
            Files.createDirectories(file.getParent());
            JsonNode r = send("Page.captureScreenshot",
                    fullPage ? Map.of("format", "png", "captureBeyondViewport", true)
                            : Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
            return file;
        }

        public List<String> texts(String selector) throws Exception {
            JsonNode v = eval("[...document.querySelectorAll(" + JSON.writeValueAsString(selector)
                    + ")].map(e => e.textContent.trim())");
            return JSON.convertValue(v, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        }
    }
}
