package id.rapor.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An integrator's webhook receiver for tests: a real HTTP server on a local port that records every request and answers what the
 * test's script says for the n-th request (1-based). It can be stopped and started again on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and the status it was answered with. */
    public record Received(String id, String timestamp, String signature, String body, int status, Instant at) {}

    /** An answer: the status and how long to wait before giving it. */
    public record Answer(int status, long delayMillis) {
        public static Answer of(int status) {
            return new Answer(status, 0);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntFunction<Answer> script;
    private volatile HttpServer server;
    private int port;

    /** Starts on a free local port; {@code script} answers the n-th request (1-based). */
    public WebhookReceiver(IntFunction<Answer> script) {
        this.script = script;
        start();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hooks/rapor";
    }

    public void script(IntFunction<Answer> script) {
        this.script = script;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests that got a 2xx, in arrival order. */
    public List<Received> acknowledged() {
        return received.stream().filter(r -> r.status >= 200 && r.status < 300).toList();
    }

    public synchronized void start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            s.createContext("/hooks/rapor", this::handle);
            s.setExecutor(Executors.newFixedThreadPool(4));
            s.start();
            port = s.getAddress().getPort();
            server = s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the port: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        HttpServer s = server;
        if (s != null) {
            s.stop(0);
            ((java.util.concurrent.ExecutorService) s.getExecutor()).shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer answer = script.apply(count.incrementAndGet());
        // recorded in arrival order, with the answer it is about to get
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        received.add(new Received(
                first(headers, "webhook-id"),
                first(headers, "webhook-timestamp"),
                first(headers, "webhook-signature"),
                body,
                answer.status,
                Instant.now()));
        if (answer.delayMillis > 0) {
            try {
                Thread.sleep(answer.delayMillis); // the receiver is slow, beyond the sender's timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer.status >= 300 && answer.status < 400) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
        }
        exchange.sendResponseHeaders(answer.status, -1);
        exchange.close();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The signature a receiver expects, computed independently of the sender's code: {@code v1,} + base64 of
     * HMAC-SHA256 over {@code id.timestamp.body}, keyed with the base64 key after {@code whsec_}.
     */
    public static String expectedSignature(String secret, String id, String timestamp, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(
                    java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + java.util.Base64.getEncoder().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
