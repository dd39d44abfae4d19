package org.xingfeng.bench;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The queue through crashes, as a test for the product test, which owns the server's process and kills it with SIGKILL
 * in several rounds. {@code load --round N} (the first round makes a hall with four open windows and a unit; later
 * rounds go on with them) then, until the server stops answering or {@code --seconds} pass, takes tickets from two
 * clients and (once {@link #HEAD_START} are printed in the round) calls them from the four windows at once; a window
 * opens a handling record for each ticket it called and closes it (accept, complete) before pausing 200 ms. Two more
 * clients submit citizens' evaluations of the unit meanwhile (a ticket each, as a window's device does). Every answer
 * is written to the state file as it comes (a ticket answered 201 is printed, one answered 200 to a call is called, a
 * record answered 201 opened, a step answered 200 done). {@code verify}, once the server was started again on the same
 * data, checks everything acknowledged in every round so far: every printed ticket there with its number, every
 * called one still called at its window, none called twice; every opened record there once for its ticket, with the
 * steps acknowledged and none half-written (its state and its steps agree); every acknowledged evaluation stored
 * exactly once with its level, and the unit's satisfaction figures (counted from the roll-ups) equal to its raw rows;
 * then the windows call every ticket still waiting exactly once and never one called before (those calls go to the
 * state file, so the next round counts them as called). Exit 1 on a failed check.
 *
 * <pre>java -cp xingfeng-bench.jar org.xingfeng.bench.QueueCrashCheck load|verify --base URL --password PW --state FILE [--round N] [--seconds N]</pre>
 */
public final class QueueCrashCheck {

    static final int WINDOWS = 4;
    static final int TAKERS = 2;
    static final int EVALUATORS = 2;
    static final String[] LEVELS = { "VERY_DISSATISFIED", "DISSATISFIED", "BASICALLY_SATISFIED", "SATISFIED",
            "VERY_SATISFIED" };
    /** Tickets printed in a round before the windows start calling. */
    static final int HEAD_START = 10;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    private QueueCrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
            if (o.scenarios.size() != 1 || !List.of("load", "verify").contains(o.scenarios.get(0)) || !o.has("base")
                    || !o.has("password") || !o.has("state")) {
                throw new IllegalArgumentException("load or verify, --base, --password and --state are needed");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -cp xingfeng-bench.jar org.xingfeng.bench.QueueCrashCheck load|verify "
                    + "--base URL --password PW --state FILE [--round N] [--seconds N]");
            System.exit(2);
            return;
        }
        String base = o.string("base", null);
        Path state = Path.of(o.string("state", null));
        if (o.scenarios.get(0).equals("load")) {
            load(base, o.string("password", null), state, o.integer("round", 1), o.integer("seconds", 60));
            System.exit(0);
        }
        System.exit(verify(base, o.string("password", null), state) ? 0 : 1);
    }

    // ---- load

    static void load(String base, String password, Path state, int round, int seconds) throws Exception {
        String token = Http.login(base, password);
        QueueScenario.awaitModule(base, token);
        long unit = 0;
        long hall = 0;
        List<Long> open = new ArrayList<>();
        if (round > 1) { // the next round goes on with the first one's hall and unit
            for (String l : Files.readAllLines(state, StandardCharsets.UTF_8)) {
                String[] f = l.split(" ");
                switch (f[0]) {
                    case "hall" -> hall = Long.parseLong(f[1]);
                    case "unit" -> unit = Long.parseLong(f[1]);
                    case "window" -> open.add(Long.parseLong(f[1]));
                    default -> {
                        // what the rounds before acknowledged: verify's part
                    }
                }
            }
        } else {
            String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            unit = Long.parseLong(Http.field(send("POST", base + "/api/v1/org/units", token, "{\"parentId\":null,"
                    + "\"code\":\"CRASH-" + tag + "\",\"name\":\"排队断电测试医疗保障局\",\"level\":\"COUNTY\"}", 201),
                    "id"));
            hall = Long.parseLong(Http.field(send("POST", base + "/api/v1/windows/halls", token, "{\"unitId\":" + unit
                    + ",\"code\":\"CRASH-" + tag + "\",\"name\":\"断电测试大厅\"}", 201), "id"));
            try (Writer out = Files.newBufferedWriter(state, StandardCharsets.UTF_8)) {
                out.write("hall " + hall + "\n");
                out.write("unit " + unit + "\n");
                for (int i = 0; i < WINDOWS; i++) {
                    long w = Long.parseLong(Http.field(send("POST", base + "/api/v1/windows/windows", token,
                            "{\"hallId\":" + hall + ",\"number\":\"" + (i + 1)
                                    + "\",\"type\":\"COMPREHENSIVE\",\"matterCodes\":[\"M1\",\"M2\"]}",
                            201), "id"));
                    send("PUT", base + "/api/v1/windows/windows/" + w + "/state", token, "{\"state\":\"OPEN\"}",
                            200);
                    out.write("window " + w + "\n");
                    open.add(w);
                }
            }
        }
        long[] windows = open.stream().mapToLong(Long::longValue).toArray();
        String tag = "R" + round + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        long unitId = unit;
        long hallId = hall;
        Writer log = Files.newBufferedWriter(state, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        AtomicBoolean gone = new AtomicBoolean();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger called = new AtomicInteger();
        AtomicInteger evaluated = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        line(log, "round " + round);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < TAKERS; i++) {
            int n = i;
            threads.add(new Thread(() -> loop(gone, end, () -> {
                HttpResponse<String> r = Http.LOAD.send(Http.json("POST", base + "/api/v1/windows/tickets", token,
                        "{\"hallId\":" + hallId + ",\"matterCode\":\"M" + (1 + n) + "\"}"),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    line(log, "taken " + Http.field(r.body(), "id") + " " + Http.field(r.body(), "number"));
                    taken.incrementAndGet();
                }
                return 0;
            }), "crash-taker-" + i));
        }
        for (int i = 0; i < EVALUATORS; i++) {
            int n = i;
            AtomicInteger next = new AtomicInteger();
            threads.add(new Thread(() -> loop(gone, end, () -> {
                int k = next.incrementAndGet();
                String record = "CRASH-" + tag + "-" + n + "-" + k;
                HttpResponse<String> issued = Http.LOAD.send(Http.json("POST", base + EvaluationTickets.ISSUE, token,
                        "{\"unitId\":" + unitId + ",\"recordNo\":\"" + record + "\",\"windowNo\":\"1\"}"),
                        HttpResponse.BodyHandlers.ofString());
                if (issued.statusCode() != 201) {
                    return 50;
                }
                int level = 1 + (k + n) % 5;
                HttpResponse<String> r = Http.LOAD.send(Http.post(base + EvaluationsData.SUBMIT, "{\"ticket\":\""
                        + Http.field(issued.body(), "token") + "\",\"level\":" + level
                        + ",\"channel\":\"WINDOW_DEVICE\"}"), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    line(log, "evaluated " + record + " " + LEVELS[level - 1]);
                    evaluated.incrementAndGet();
                }
                return 0;
            }), "crash-evaluator-" + i));
        }
        for (int i = 0; i < WINDOWS; i++) {
            long w = windows[i];
            HttpRequest call = HttpRequest.newBuilder(URI.create(base + "/api/v1/windows/windows/" + w + "/call-next"))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            threads.add(new Thread(() -> loop(gone, end, () -> {
                if (taken.get() < HEAD_START) {
                    return 20; // the windows open once some tickets wait, so that some still wait at the kill
                }
                HttpResponse<String> r = Http.LOAD.send(call, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    String ticket = Http.field(r.body(), "id");
                    line(log, "called " + ticket + " " + w);
                    called.incrementAndGet();
                    // the handling at the counter: a record opened for the ticket, accepted and completed
                    HttpResponse<String> opened = Http.LOAD.send(Http.json("POST", base + "/api/v1/windows/records",
                            token, "{\"ticketId\":" + ticket + ",\"citizenName\":\"断电测试\"}"),
                            HttpResponse.BodyHandlers.ofString());
                    if (opened.statusCode() == 201) {
                        String record = Http.field(opened.body(), "id");
                        line(log, "opened " + record + " " + ticket);
                        for (String kind : List.of("ACCEPT", "COMPLETE")) {
                            HttpResponse<String> s = Http.LOAD.send(Http.json("POST", base + "/api/v1/windows/records/"
                                    + record + "/steps", token, "{\"kind\":\"" + kind + "\"}"),
                                    HttpResponse.BodyHandlers.ofString());
                            if (s.statusCode() != 200) {
                                break;
                            }
                            line(log, "step " + record + " " + kind);
                        }
                        closed.incrementAndGet();
                    }
                    return 200; // a moment at the counter, so that tickets wait while the server is killed
                }
                return 20; // nothing waits (204): a short pause
            }), "crash-window-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        log.close();
        System.out.println("queue crash load, round " + round + ": " + taken + " tickets printed, " + called
                + " called, " + closed + " records opened, " + evaluated + " evaluations acknowledged"
                + (gone.get() ? ", then the server went away" : ", the server still answering"));
    }

    interface Step {
        /** One request; the pause after it in milliseconds. */
        long run() throws Exception;
    }

    /** Runs the step until the time is up or the server has not answered for two seconds. */
    private static void loop(AtomicBoolean gone, long end, Step step) {
        long failingSince = 0;
        while (!gone.get() && System.nanoTime() < end) {
            try {
                long pause = step.run();
                failingSince = 0;
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            } catch (Exception e) {
                long now = System.nanoTime();
                if (failingSince == 0) {
                    failingSince = now;
                } else if (now - failingSince > 2_000_000_000L) {
                    gone.set(true);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static void line(Writer log, String text) throws IOException {
        synchronized (log) {
            log.write(text + "\n");
            log.flush();
        }
    }

    // ---- verify

    static boolean verify(String base, String password, Path state) throws Exception {
        String token = Http.login(base, password);
        QueueScenario.awaitModule(base, token);
        long hall = 0;
        long unit = 0;
        Map<String, String> acknowledged = new HashMap<>();
        List<Long> windows = new ArrayList<>();
        Map<Long, String> printed = new HashMap<>();
        Map<Long, Long> calledAt = new HashMap<>();
        List<String> twice = new ArrayList<>();
        Map<Long, Long> opened = new HashMap<>();
        Map<Long, List<String>> steps = new HashMap<>();
        for (String l : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            String[] f = l.split(" ");
            switch (f[0]) {
                case "hall" -> hall = Long.parseLong(f[1]);
                case "window" -> windows.add(Long.parseLong(f[1]));
                case "unit" -> unit = Long.parseLong(f[1]);
                case "evaluated" -> acknowledged.put(f[1], f[2]);
                case "taken" -> printed.put(Long.parseLong(f[1]), f[2]);
                case "opened" -> opened.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
                case "step" -> steps.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>()).add(f[2]);
                case "called" -> {
                    if (calledAt.put(Long.parseLong(f[1]), Long.parseLong(f[2])) != null) {
                        twice.add(f[1]);
                    }
                }
                default -> {
                    // a line cut by the kill: the client was not killed, so none is expected
                }
            }
        }
        Map<Long, JsonNode> stored = tickets(base, token, hall);
        int[] counts = new int[2];
        check(counts, "the load printed and called tickets before the kill (" + printed.size() + " printed, "
                + calledAt.size() + " called)", !printed.isEmpty() && !calledAt.isEmpty());
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Long, String> p : printed.entrySet()) {
            JsonNode t = stored.get(p.getKey());
            if (t == null || !t.path("number").asText().equals(p.getValue())) {
                lost.add(p.getValue());
            }
        }
        check(counts, "every printed ticket is there with its number after the restart (lost: " + lost + ")",
                lost.isEmpty());
        List<Long> notCalled = new ArrayList<>();
        for (Map.Entry<Long, Long> c : calledAt.entrySet()) {
            JsonNode t = stored.get(c.getKey());
            // called, or served further once its record was opened, at the window that called it
            if (t == null || t.path("state").asText().equals("WAITING")
                    || t.path("windowId").asLong() != c.getValue()) {
                notCalled.add(c.getKey());
            }
        }
        check(counts, "every called ticket is still called at its window (not: " + notCalled + ")",
                notCalled.isEmpty());
        check(counts, "no ticket was called twice before the kill (twice: " + twice + ")", twice.isEmpty());
        Set<String> numbers = new HashSet<>();
        stored.values().forEach(t -> numbers.add(t.path("number").asText()));
        check(counts, "every stored ticket has a number of its own (" + stored.size() + " tickets)",
                numbers.size() == stored.size());
        // the windows call what still waits: each exactly once, none called before the kill
        Set<Long> waiting = new HashSet<>();
        stored.forEach((id, t) -> {
            if (t.path("state").asText().equals("WAITING")) {
                waiting.add(id);
            }
        });
        records(base, token, hall, opened, steps, counts);
        List<Long> after = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Writer log = Files.newBufferedWriter(state, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        for (long w : windows) {
            for (;;) {
                HttpResponse<String> r = Http.send(Http.json("POST", base + "/api/v1/windows/windows/" + w
                        + "/call-next", token, ""));
                if (r.statusCode() != 200) {
                    if (r.statusCode() != 204) {
                        refused.add(r.statusCode() + " " + r.body());
                    }
                    break;
                }
                after.add(Long.parseLong(Http.field(r.body(), "id")));
                line(log, "called " + after.get(after.size() - 1) + " " + w); // called before the next round
            }
        }
        log.close();
        check(counts, "every call after the restart answers 200 or, once nothing waits, 204 (else: " + refused + ")",
                refused.isEmpty());
        Set<Long> afterSet = new HashSet<>(after);
        Set<Long> again = new HashSet<>(afterSet);
        again.retainAll(calledAt.keySet());
        check(counts, "after the restart the windows call every waiting ticket once (" + waiting.size()
                + " waiting, " + after.size() + " calls)", after.size() == afterSet.size() && afterSet.equals(waiting));
        check(counts, "no ticket called before the kill is called again (again: " + again + ")", again.isEmpty());
        evaluations(base, token, unit, acknowledged, counts);
        System.out.println("queue crash: " + counts[0] + " passed, " + counts[1] + " failed");
        return counts[1] == 0;
    }

    /**
     * The handling records after the crash: each acknowledged one there once for its ticket, its state what its
     * acknowledged steps made it (or one step further, a step done whose answer the kill cut), and no record anywhere
     * in the hall whose steps and state disagree (half-written).
     */
    private static void records(String base, String token, long hall, Map<Long, Long> opened,
            Map<Long, List<String>> acked, int[] counts) throws Exception {
        check(counts, "the load had handling records opened and closed before the kills (" + opened.size()
                + " opened, " + acked.values().stream().filter(k -> k.contains("COMPLETE")).count() + " closed)",
                !opened.isEmpty() && acked.values().stream().anyMatch(k -> k.contains("COMPLETE")));
        Map<Long, JsonNode> stored = new HashMap<>();
        Map<Long, Integer> perTicket = new HashMap<>();
        for (int page = 0;; page++) {
            JsonNode items = JSON.readTree(Http.getOk(base + "/api/v1/windows/records?hallId=" + hall
                    + "&size=100&page=" + page, token)).path("items");
            for (JsonNode r : items) {
                stored.put(r.path("id").asLong(), r);
                if (!r.path("ticketId").isNull()) {
                    perTicket.merge(r.path("ticketId").asLong(), 1, Integer::sum);
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        List<Long> lost = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        for (Map.Entry<Long, Long> o : opened.entrySet()) {
            JsonNode r = stored.get(o.getKey());
            if (r == null || r.path("ticketId").asLong() != o.getValue()) {
                lost.add(o.getKey());
                continue;
            }
            List<String> done = acked.getOrDefault(o.getKey(), List.of());
            String state = r.path("state").asText();
            String least = done.contains("COMPLETE") ? "COMPLETED" : done.contains("ACCEPT") ? "ACCEPTED" : "RECEIVED";
            List<String> allowed = switch (least) {
                case "COMPLETED" -> List.of("COMPLETED");
                case "ACCEPTED" -> List.of("ACCEPTED", "COMPLETED");
                default -> List.of("RECEIVED", "ACCEPTED");
            };
            if (!allowed.contains(state)) {
                behind.add(o.getKey() + " " + state + " after " + done);
            }
        }
        check(counts, "every acknowledged handling record is there for its ticket after the restarts (lost: " + lost
                + ")", lost.isEmpty());
        check(counts, "each with the steps acknowledged (behind: " + behind + ")", behind.isEmpty());
        List<Long> twice = new ArrayList<>();
        perTicket.forEach((ticket, n) -> {
            if (n > 1) {
                twice.add(ticket);
            }
        });
        check(counts, "no ticket has two records (" + stored.size() + " records; twice: " + twice + ")",
                twice.isEmpty());
        List<String> half = new ArrayList<>();
        for (JsonNode listed : stored.values()) {
            JsonNode r = JSON.readTree(Http.getOk(base + "/api/v1/windows/records/" + listed.path("id").asLong(),
                    token));
            List<String> kinds = new ArrayList<>();
            r.path("steps").forEach(st -> kinds.add(st.path("kind").asText()));
            String state = r.path("state").asText();
            List<String> expected = switch (state) {
                case "RECEIVED" -> List.of();
                case "ACCEPTED" -> List.of("ACCEPT");
                case "COMPLETED" -> List.of("ACCEPT", "COMPLETE");
                default -> null;
            };
            boolean closedAt = !r.path("closedAt").isNull() && !r.path("closedAt").isMissingNode();
            if (!kinds.equals(expected) || closedAt != state.equals("COMPLETED")) {
                half.add(r.path("id").asLong() + " " + state + " " + kinds + (closedAt ? " closed" : ""));
            }
        }
        check(counts, "no record half-written: its state, steps and closing agree (else: " + half + ")",
                half.isEmpty());
    }

    /** The acknowledged evaluations after the crash: each there once with its level; roll-ups equal raw rows. */
    private static void evaluations(String base, String token, long unit, Map<String, String> acknowledged,
            int[] counts) throws Exception {
        check(counts, "the load had evaluations acknowledged before the kill (" + acknowledged.size() + ")",
                !acknowledged.isEmpty());
        Map<String, Integer> times = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        long[] raw = new long[5];
        long rows = 0;
        for (int page = 0;; page++) {
            JsonNode items = JSON.readTree(Http.getOk(base + "/api/v1/evaluations?unitId=" + unit
                    + "&size=100&page=" + page, token)).path("items");
            for (JsonNode e : items) {
                String record = e.path("recordNo").asText();
                times.merge(record, 1, Integer::sum);
                levels.put(record, e.path("level").asText());
                raw[List.of(LEVELS).indexOf(e.path("level").asText())]++;
                rows++;
            }
            if (items.size() < 100) {
                break;
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> notOnce = new ArrayList<>();
        for (Map.Entry<String, String> a : acknowledged.entrySet()) {
            Integer n = times.get(a.getKey());
            if (n == null || !a.getValue().equals(levels.get(a.getKey()))) {
                lost.add(a.getKey());
            } else if (n != 1) {
                notOnce.add(a.getKey());
            }
        }
        check(counts, "every acknowledged evaluation is there with its level after the restart (lost: " + lost + ")",
                lost.isEmpty());
        check(counts, "each exactly once (" + rows + " stored; more than once: " + notOnce + ")", notOnce.isEmpty()
                && times.values().stream().allMatch(n -> n == 1));
        java.time.LocalDate today = java.time.LocalDate.now(EvaluationsData.BUREAU);
        long[] rolled = EvaluationsData.satisfactionCounts(base, token, unit, today.minusDays(1), today.plusDays(1),
                "");
        long[] rawHighFirst = { raw[4], raw[3], raw[2], raw[1], raw[0] };
        check(counts, "the unit's roll-ups equal its raw rows, level by level (roll-ups "
                + java.util.Arrays.toString(rolled) + ", raw " + java.util.Arrays.toString(rawHighFirst) + ")",
                java.util.Arrays.equals(rolled, rawHighFirst));
    }

    private static void check(int[] counts, String name, boolean ok) {
        counts[ok ? 0 : 1]++;
        System.out.println((ok ? "  ok   " : "  FAIL ") + name);
    }

    /** Today's tickets of the hall, by id. */
    private static Map<Long, JsonNode> tickets(String base, String token, long hall) throws Exception {
        Map<Long, JsonNode> all = new HashMap<>();
        for (int page = 0;; page++) {
            JsonNode items = JSON
                    .readTree(Http.getOk(base + "/api/v1/windows/tickets?hallId=" + hall + "&size=100&page="
                            + page, token))
                    .path("items");
            items.forEach(t -> all.put(t.path("id").asLong(), t));
            if (items.size() < 100) {
                return all;
            }
        }
    }

    private static String send(String method, String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = Http.send(Http.json(method, url, token, body));
        if (r.statusCode() != expected) {
            throw new IOException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
