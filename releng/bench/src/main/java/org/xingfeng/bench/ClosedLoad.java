package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Closed-loop load: C client threads, each sending its next request as soon as the last one is answered (HTTP/1.1
 * keep-alive, the shared load client), until the time is up. Every latency is recorded.
 */
final class ClosedLoad {

    static final int MAX_PER_THREAD = 4_000_000;

    record Result(int clients, long requests, long ok, long errors, Map<String, Long> errorKinds, String firstError,
            double seconds, long[] sorted) {
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
     * thread of control before it starts); an answer other than {@code expected} is an error.
     */
    static Result run(int clients, Duration duration, int expected, IntFunction<Supplier<HttpRequest>> requests)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Worker[] workers = new Worker[clients];
        for (int i = 0; i < clients; i++) {
            workers[i] = new Worker(requests.apply(i), expected, end, i);
            workers[i].start();
        }
        for (Worker w : workers) {
            w.join(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 60_000);
            if (w.isAlive()) {
                w.interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[][] lat = new long[clients][];
        int[] n = new int[clients];
        long ok = 0;
        long errors = 0;
        String first = null;
        Map<String, Long> kinds = new TreeMap<>();
        for (int i = 0; i < clients; i++) {
            lat[i] = workers[i].latencies;
            n[i] = workers[i].n;
            ok += workers[i].ok;
            errors += workers[i].errors;
            workers[i].errorKinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
            if (first == null) {
                first = workers[i].firstError;
            }
        }
        return new Result(clients, Arrays.stream(n).sum(), ok, errors, kinds, first, seconds, Stats.merge(lat, n));
    }

    private static final class Worker extends Thread {
        final Supplier<HttpRequest> requests;
        final int expected;
        final long end;
        long[] latencies = new long[4096];
        int n;
        long ok;
        long errors;
        String firstError;
        final Map<String, Long> errorKinds = new TreeMap<>();

        Worker(Supplier<HttpRequest> requests, int expected, long end, int i) {
            super("load-" + i);
            this.requests = requests;
            this.expected = expected;
            this.end = end;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (n < MAX_PER_THREAD) {
                HttpRequest request = requests.get();
                long t0 = System.nanoTime();
                if (t0 >= end) {
                    break;
                }
                String kind = null;
                String error = null;
                try {
                    HttpResponse<byte[]> r = Http.LOAD.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == expected) {
                        ok++;
                    } else {
                        kind = "HTTP " + r.statusCode();
                        error = kind;
                    }
                } catch (IOException e) {
                    kind = e.getClass().getSimpleName();
                    error = kind + ": " + e.getMessage();
                } catch (InterruptedException e) {
                    break;
                }
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, Math.min(MAX_PER_THREAD, n * 2));
                }
                latencies[n++] = System.nanoTime() - t0;
                if (kind != null) {
                    errors++;
                    errorKinds.merge(kind, 1L, Long::sum);
                    if (firstError == null) {
                        firstError = error;
                    }
                    if (!kind.startsWith("HTTP")) {
                        try {
                            Thread.sleep(10); // no busy loop when the connection fails
                        } catch (InterruptedException e) {
                            break;
                        }
                    }
                }
            }
        }
    }
}
