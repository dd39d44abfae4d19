package org.xingfeng.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The machine's limit for HTTP: a JDK HttpServer on 127.0.0.1 with 16 threads that reads the request body and answers
 * a fixed status and body, loaded by the same client code as the product. It runs inside the bench's JVM.
 */
final class BaselineServer implements AutoCloseable {

    static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final int status;
    private final byte[] body;
    private final String contentType;

    BaselineServer(int status, byte[] body, String contentType, int backlog) throws IOException {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
        // without nodelay the JDK server's separate header and body writes meet the client's delayed ACK (~40 ms each)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        server.setExecutor(pool);
        server.createContext("/", this::answer);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int bodyLength() {
        return body.length;
    }

    private void answer(HttpExchange ex) throws IOException {
        try {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
