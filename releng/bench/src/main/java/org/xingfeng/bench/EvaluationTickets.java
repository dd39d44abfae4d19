package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Evaluation tickets (评价凭证) for the bench's citizens' evaluations: the server takes none without one
 * ({@code evaluations.ticketRequired}, true by default). They are issued ahead of a load round through
 * {@code POST /api/v1/evaluations/tickets}, as a county's handling system asks for them, so that a round measures the
 * intake with its signature check, not the issuing.
 */
final class EvaluationTickets {

    static final String ISSUE = "/api/v1/evaluations/tickets";
    static final int THREADS = 16;
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private EvaluationTickets() {
    }

    /** The ticket of one evaluation's record (its unit, staff number, window and matter). */
    static String issue(String base, String token, DemoOrg.Eval e, String recordNo)
            throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder("{\"unitId\":").append(e.unit().id()).append(",\"recordNo\":\"")
                .append(recordNo).append("\",\"windowNo\":\"").append(e.windowNo()).append('"');
        if (e.staff() != null) {
            b.append(",\"staffNumber\":\"").append(e.staff().number()).append('"');
        }
        if (e.matterCode() != null) {
            b.append(",\"matterCode\":\"").append(e.matterCode()).append('"');
        }
        HttpResponse<String> r = Http.send(Http.json("POST", base + ISSUE, token, b.append('}').toString()));
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IOException("POST " + ISSUE + " answered " + r.statusCode() + ": " + r.body());
        }
        return m.group(1);
    }

    /** Submission bodies with their tickets, handed out once each; null when all are used. */
    static final class Pool {
        final String[] bodies;
        final double issueSeconds;
        private final AtomicInteger next = new AtomicInteger();

        Pool(String[] bodies, double issueSeconds) {
            this.bodies = bodies;
            this.issueSeconds = issueSeconds;
        }

        String next() {
            int i = next.getAndIncrement();
            return i < bodies.length ? bodies[i] : null;
        }

        int used() {
            return Math.min(next.get(), bodies.length);
        }

        /** A body of the same shape and size for the no-op server (it only reads the bytes). */
        String sample() {
            return bodies.length == 0 ? "{}" : bodies[0];
        }

        String describe() {
            return String.format(java.util.Locale.ROOT, "%,d tickets issued ahead in %.1f s (%,.0f/s)",
                    bodies.length, issueSeconds, bodies.length / Math.max(issueSeconds, 1e-9));
        }
    }

    /** {@code count} random evaluations (as {@link IngestScenario} sends them) with their tickets, issued by 16 clients. */
    static Pool prepare(String base, String token, DemoOrg org, int count, String prefix)
            throws InterruptedException, IOException {
        String[] bodies = new String[count];
        long seed = System.nanoTime();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            AtomicInteger n = new AtomicInteger();
            java.util.List<Future<Void>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                parts.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed * 31 + thread);
                    for (int i = n.getAndIncrement(); i < count; i = n.getAndIncrement()) {
                        DemoOrg.Eval e = DemoOrg.Eval.random(org, random);
                        String record = prefix + "-" + i;
                        bodies[i] = e.json(record, issue(base, token, e, record));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : parts) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("issuing tickets failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Pool(bodies, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * What the server's check of one ticket costs on its own, in this JVM on this machine: decoding a token of the
     * server's shape (its payload, an HMAC-SHA256 of it), signing the payload again and comparing in constant time, as
     * the submission servlet does before it stores. Nanoseconds a check, single-threaded, after a warm-up.
     */
    static double checkNanos() throws GeneralSecurityException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        Base64.Decoder dec = Base64.getUrlDecoder();
        byte[] payload = "1|1234|B20261202-w-17-123456|S000123|12|YB01-0001|1767225600"
                .getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String token = enc.encodeToString(payload) + "." + enc.encodeToString(mac.doFinal(payload));
        int ok = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long t0 = System.nanoTime();
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                int dot = token.indexOf('.');
                byte[] p = dec.decode(token.substring(0, dot));
                byte[] s = dec.decode(token.substring(dot + 1));
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(key, "HmacSHA256"));
                if (MessageDigest.isEqual(m.doFinal(p), s)) {
                    ok++;
                }
            }
            if (round == 1) {
                if (ok != 2 * n) {
                    throw new IllegalStateException("the check failed on a good token");
                }
                return (System.nanoTime() - t0) / (double) n;
            }
        }
        throw new IllegalStateException();
    }
}
