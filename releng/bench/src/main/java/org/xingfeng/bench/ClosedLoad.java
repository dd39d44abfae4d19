package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Closed-loop load: C client threads, each sending its next request as soon as the last one is answered (HTTP/1.1
 * keep-alive, the shared load client), or after a think time as a person at a screen would, until the time is up.
 * Every latency is recorded, also per kind of request when a mixed load names its kinds.
 */
final class ClosedLoad {

    static final int MAX_PER_THREAD = 4_000_000;
    /** Error bodies kept per kind, for the report. */
    static final int ERROR_BODIES = 3;

    /** {@code kinds}: the same figures per kind of request (empty unless asked for); {@code errorBodies}: the first few. */
    record Result(int clients, long requests, long ok, long errors, Map<String, Long> errorKinds, String firstError,
            double seconds, long[] sorted, Map<String, Result> kinds, List<String> errorBodies) {
        double requestsPerSecond() {
            return requests / seconds;
        }

        /** Answers with the expected status a second. */
        double okPerSecond() {
            return ok / seconds;
        }

        double p(double q) {
            return Stats.percentileMs(sorted, q);
        }

        String summary() {
            return String.format(Locale.ROOT, "%,8.0f ok/s  p50 %s ms  p99 %s ms  max %s ms  errors %d%s",
                    okPerSecond(),
                    Stats.ms(p(0.5)), Stats.ms(p(0.99)), Stats.ms(p(1.0)), errors,
                    errorKinds.isEmpty() ? "" : " " + errorKinds + " (first: " + firstError + ")");
        }
    }

    private ClosedLoad() {
    }

    /**
     * Runs the load. {@code requests} gives client i its source of requests (called once per client, on the client's
     * thread of control before it starts); an answer other than {@code expected} is an error. A source that gives null
     * has no request left: its client stops, and the round's seconds are those until the last client stopped.
     */
    static Result run(int clients, Duration duration, int expected, IntFunction<Supplier<HttpRequest>> requests)
            throws InterruptedException {
        return run(clients, duration, expected, requests, null);
    }

    /** As {@link #run(int, Duration, int, IntFunction)}, with the figures also per kind ({@code kindOf} a request's). */
    static Result run(int clients, Duration duration, int expected, IntFunction<Supplier<HttpRequest>> requests,
            Function<HttpRequest, String> kindOf) throws InterruptedException {
        return run(clients, duration, expected, requests, kindOf, Duration.ZERO);
    }

    /**
     * As {@link #run(int, Duration, int, IntFunction, Function)}, each client pausing after each answer for a think
     * time drawn from an exponential distribution of the given mean (a person's pace: the requests of many clients
     * then arrive independently, as in an open system); {@link Duration#ZERO}: back to back.
     */
    static Result run(int clients, Duration duration, int expected, IntFunction<Supplier<HttpRequest>> requests,
            Function<HttpRequest, String> kindOf, Duration think) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Worker[] workers = new Worker[clients];
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker(requests.apply(i), expected, end, i, kindOf, think.toNanos());
            workers[i].start();
        }
        for (Worker w : workers) {
            w.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 60_000);
            if (w.isAlive()) {
                w.interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Tally> all = new ArrayList<>();
        Map<String, List<Tally>> byKind = new TreeMap<>();
        for (Worker w : workers) {
            all.add(w.all);
            w.kinds.forEach((k, t) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
        }
        Map<String, Result> kinds = new LinkedHashMap<>();
        byKind.forEach((k, list) -> kinds.put(k, merge(clients, seconds, list, Map.of())));
        return merge(clients, seconds, all, kinds);
    }

    private static Result merge(int clients, double seconds, List<Tally> tallies, Map<String, Result> kinds) {
        long[][] lat = new long[tallies.size()][];
        int[] n = new int[tallies.size()];
        long ok = 0;
        long errors = 0;
        String first = null;
        Map<String, Long> errorKinds = new TreeMap<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            lat[i] = t.latencies;
            n[i] = t.n;
            ok += t.ok;
            errors += t.errors;
            t.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
            if (first == null) {
                first = t.firstError;
            }
            for (String b : t.errorBodies) {
                if (bodies.size() < ERROR_BODIES) {
                    bodies.add(b);
                }
            }
        }
        return new Result(clients, Arrays.stream(n).sum(), ok, errors, errorKinds, first, seconds, Stats.merge(lat, n),
                kinds, bodies);
    }

    /** One client's answers (of one kind, or all). */
    private static final class Tally {
        long[] latencies = new long[4096];
        int n;
        long ok;
        long errors;
        String firstError;
        final Map<String, Long> errorKinds = new TreeMap<>();
        final List<String> errorBodies = new ArrayList<>();

        boolean full() {
            return n >= MAX_PER_THREAD;
        }

        void add(long nanos, String kind, String error, String body) {
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.min(MAX_PER_THREAD, n * 2));
            }
            latencies[n++] = nanos;
            if (kind == null) {
                ok++;
                return;
            }
            errors++;
            errorKinds.merge(kind, 1L, Long::sum);
            if (firstError == null) {
                firstError = error;
            }
            if (body != null && errorBodies.size() < ERROR_BODIES) {
                errorBodies.add(body);
            }
        }
    }

    private static final class Worker extends Thread {
        final Supplier<HttpRequest> requests;
        final int expected;
        final long end;
        final Function<HttpRequest, String> kindOf;
        final Tally all = new Tally();
        final Map<String, Tally> kinds = new TreeMap<>();
        final long thinkNanos;
        final SplittableRandom random;

        Worker(Supplier<HttpRequest> requests, int expected, long end, int i, Function<HttpRequest, String> kindOf,
                long thinkNanos) {
            super("load-" + i);
            this.requests = requests;
            this.expected = expected;
            this.end = end;
            this.kindOf = kindOf;
            this.thinkNanos = thinkNanos;
            this.random = new SplittableRandom(31L * i + 7);
            setDaemon(true);
        }

        /** Sleeps a think time (exponential, mean {@code thinkNanos}), at most until the end. */
        private void think() throws InterruptedException {
            long nanos = (long) (-Math.log(1 - random.nextDouble()) * thinkNanos);
            long left = end - System.nanoTime();
            if (left > 0) {
                Thread.sleep(Math.min(nanos, left) / 1_000_000, (int) (Math.min(nanos, left) % 1_000_000));
            }
        }

        @Override
        public void run() {
            if (thinkNanos > 0) {
                try {
                    think(); // officers do not all press a key at the same instant: the first request too after a pause
                } catch (InterruptedException e) {
                    return;
                }
            }
            while (!all.full()) {
                HttpRequest request = requests.get();
                long t0 = System.nanoTime();
                if (request == null || t0 >= end) {
                    break; // no request left (a pool used up), or the time is up
                }
                String kind = null;
                String error = null;
                String body = null;
                try {
                    HttpResponse<byte[]> r = Http.LOAD.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != expected) {
                        kind = "HTTP " + r.statusCode();
                        error = kind;
                        body = kind + " " + request.method() + " " + request.uri().getRawPath() + ": "
                                + new String(r.body(), 0, Math.min(r.body().length, 300), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    kind = e.getClass().getSimpleName();
                    error = kind + ": " + e.getMessage();
                    body = error + " (" + request.uri().getRawPath() + ")";
                } catch (InterruptedException e) {
                    break;
                }
                long nanos = System.nanoTime() - t0;
                all.add(nanos, kind, error, body);
                if (kindOf != null) {
                    kinds.computeIfAbsent(kindOf.apply(request), k -> new Tally()).add(nanos, kind, error, body);
                }
                try {
                    if (thinkNanos > 0) {
                        think();
                    } else if (kind != null && !kind.startsWith("HTTP")) {
                        Thread.sleep(10); // no busy loop when the connection fails
                    }
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
    }
}
