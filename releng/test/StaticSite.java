import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Serves a folder (a built p2 update site) read-only over HTTP on 127.0.0.1, so the module test can install from an
 * http: repository as a county would from its city's server; with a PKCS12 key store (and its password) over HTTPS.
 * Logs each request as "GET path status" on stdout.
 * Usage: java StaticSite.java FOLDER PORT [KEYSTORE.p12 PASSWORD]
 */
public class StaticSite {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1]));
        HttpServer server;
        if (args.length >= 4) {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls(Path.of(args[2]), args[3].toCharArray())));
            server = https;
        } else {
            server = HttpServer.create(address, 0);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> serve(root, ex));
        server.start();
        System.out.println("serving " + root + " on " + (args.length >= 4 ? "https" : "http") + "://127.0.0.1:" + args[1] + "/");
    }

    static SSLContext tls(Path keyStore, char[] password) throws IOException {
        try (var in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot use the key store " + keyStore, e);
        }
    }

    static void serve(Path root, HttpExchange ex) throws IOException {
        try (ex) {
            Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            boolean head = "HEAD".equals(ex.getRequestMethod());
            if (!file.startsWith(root) || !Files.isRegularFile(file) || !(head || "GET".equals(ex.getRequestMethod()))) {
                ex.sendResponseHeaders(404, -1);
                System.out.println(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " 404");
                return;
            }
            long size = Files.size(file);
            ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
            ex.getResponseHeaders().set("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(file).toInstant().atZone(java.time.ZoneOffset.UTC)));
            if (head) {
                ex.getResponseHeaders().set("Content-Length", Long.toString(size));
                ex.sendResponseHeaders(200, -1);
            } else {
                ex.sendResponseHeaders(200, size);
                try (OutputStream out = ex.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
            System.out.println(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " 200");
        }
    }
}
