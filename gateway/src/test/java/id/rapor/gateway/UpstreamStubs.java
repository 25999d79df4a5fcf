package id.rapor.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real HTTP servers on random ports standing in for the assessment and survey services, and a port nobody listens
 * on standing in for a stopped ranking service. The gateway under test is pointed at them.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final Map<String, AtomicLong> uploads = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int assessment = listen("assessment", "/api/v1/units");
        int survey = listen("survey", "/api/v1/survey/campaigns");
        Map<String, String> config = new HashMap<>();
        config.put("rapor.gateway.assessment-url", "http://127.0.0.1:" + assessment);
        config.put("rapor.gateway.survey-url", "http://127.0.0.1:" + survey);
        config.put("rapor.gateway.ranking-url", "http://127.0.0.1:" + freePort());
        config.put("rapor.gateway.connect-timeout", "1S");
        config.put("rapor.gateway.response-timeout", "1S");
        config.put("rapor.gateway.max-body-size", "60M");
        // the stub upload endpoint stands for a bulk import
        config.put("rapor.gateway.bulk-body-paths", "/api/v1/survey/uploads");
        config.put("rapor.gateway.survey-submission-limit.burst", "3");
        config.put("rapor.gateway.survey-submission-limit.per-minute", "1");
        config.put("rapor.gateway.openapi.cache-ttl", "1S");
        config.put("rapor.gateway.health.timeout", "1S");
        // Tests stand behind a "load balancer" on the loopback, so they can choose their client address.
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        config.put("quarkus.http.cors.origins", "http://localhost:5173");
        return config;
    }

    private int listen(String service, String documentedPath) {
        HttpServer server =
                vertx.createHttpServer().requestHandler(request -> handle(service, documentedPath, request));
        try {
            return server.listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the " + service + " stub", e);
        }
    }

    private void handle(String service, String documentedPath, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(document(service, documentedPath).encode());
        } else if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
        } else if (path.equals("/api/v1/survey/slow")) {
            // Never answers: the gateway's response timeout must cut it off.
            request.pause();
        } else if (path.equals("/api/v1/survey/refused")) {
            // Refuses on the headers alone, as a service's token check does, without waiting for the body.
            request.response()
                    .setStatusCode(401)
                    .putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":401}");
        } else if (path.equals("/api/v1/survey/uploads")) {
            AtomicLong received = uploads.computeIfAbsent(request.getParam("upload"), k -> new AtomicLong());
            request.handler(chunk -> received.addAndGet(chunk.length()));
            request.endHandler(v -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("bytes", received.get()).encode()));
        } else if (path.startsWith("/stats/uploads/")) {
            AtomicLong received = uploads.get(path.substring("/stats/uploads/".length()));
            request.response().end(Long.toString(received == null ? 0 : received.get()));
        } else {
            request.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                request.response()
                        .setStatusCode("POST".equals(request.method().name()) ? 201 : 200)
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject()
                                .put("service", service)
                                .put("method", request.method().name())
                                .put("uri", request.uri())
                                .put("headers", headers)
                                .put("bodyBytes", body.length())
                                .encode());
            });
        }
    }

    private static JsonObject document(String service, String path) {
        JsonObject problem = new JsonObject()
                .put("type", "object")
                .put("properties", new JsonObject().put("status", new JsonObject().put("type", "integer")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "Rapor " + service + " service")
                                .put("version", "1.0"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        path,
                                        new JsonObject()
                                                .put(
                                                        "get",
                                                        new JsonObject()
                                                                .put("summary", "List of " + service)
                                                                .put("tags", new JsonArray().add(service)))))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put("Problem", problem)
                                                .put(service + "View", new JsonObject().put("type", "object")))
                                .put(
                                        "securitySchemes",
                                        new JsonObject()
                                                .put(
                                                        "bearer",
                                                        new JsonObject()
                                                                .put("type", "http")
                                                                .put("scheme", "bearer")
                                                                .put("bearerFormat", "JWT"))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
        }
    }
}
