package id.rapor.gateway.openapi;

import id.rapor.gateway.config.Downstreams;
import id.rapor.gateway.config.Downstreams.Downstream;
import id.rapor.gateway.config.Downstreams.Instance;
import id.rapor.gateway.config.GatewayConfig;
import id.rapor.gateway.error.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves one OpenAPI document for the whole API at {@code /q/openapi}, merged at request time from the services'
 * own generated documents (cached briefly), and each service's document at {@code /q/openapi/{service}}. A service
 * that is down is left out and named in {@code x-rapor-unavailable}; the rest is still served.
 */
@ApplicationScoped
public class OpenApiAggregator {

    static final String BEARER_SCHEME = "bearer";
    private static final String JSON = "application/json";

    private final GatewayConfig config;
    private final Downstreams downstreams;
    private volatile Snapshot snapshot;
    private HttpClient client;

    /** The documents fetched at one moment, null where a service did not answer. */
    private record Snapshot(Map<String, JsonObject> documents, JsonObject merged, long expiresAt) {}

    public OpenApiAggregator(GatewayConfig config, Downstreams downstreams) {
        this.config = config;
        this.downstreams = downstreams;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.openapi().fetchTimeout().toMillis()));
        router.get("/q/openapi")
                .handler(ctx -> current().onSuccess(s -> send(ctx, s.merged())).onFailure(ctx::fail));
        router.get("/q/openapi/:service")
                .handler(ctx -> current()
                        .onSuccess(s -> {
                            String name = ctx.pathParam("service");
                            if (!s.documents().containsKey(name)) {
                                Problems.send(ctx, 404, "not-found", "Not found", "No service is called " + name);
                            } else if (s.documents().get(name) == null) {
                                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                                Problems.send(
                                        ctx,
                                        503,
                                        "unavailable",
                                        "Service unavailable",
                                        "The " + name + " service did not deliver its OpenAPI document");
                            } else {
                                send(ctx, s.documents().get(name));
                            }
                        })
                        .onFailure(ctx::fail));
    }

    private static void send(RoutingContext ctx, JsonObject document) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(document.toBuffer());
    }

    private Future<Snapshot> current() {
        Snapshot cached = snapshot;
        if (cached != null && System.nanoTime() - cached.expiresAt() < 0) {
            return Future.succeededFuture(cached);
        }
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (Downstream service : downstreams.all()) {
            fetches.add(fetch(service));
        }
        return Future.join(fetches).otherwiseEmpty().map(ignored -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            for (int i = 0; i < fetches.size(); i++) {
                Future<JsonObject> fetch = fetches.get(i);
                documents.put(downstreams.all().get(i).name(), fetch.succeeded() ? fetch.result() : null);
            }
            Snapshot fresh = new Snapshot(
                    documents,
                    merge(documents, config.openapi().serverUrl()),
                    System.nanoTime() + config.openapi().cacheTtl().toNanos());
            snapshot = fresh;
            return fresh;
        });
    }

    /** The service's document from the next instance in turn, or from the following one when that fails. */
    private Future<JsonObject> fetch(Downstream service) {
        return fetch(service, service.rotation(), 0)
                .onFailure(failure -> Log.warnf(
                        "OpenAPI document of the %s service unavailable: %s", service.name(), failure.toString()));
    }

    private Future<JsonObject> fetch(Downstream service, List<Instance> order, int at) {
        Instance instance = order.get(at);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI("/q/openapi?format=json")
                .putHeader(HttpHeaders.ACCEPT, JSON)
                .setIdleTimeout(config.openapi().fetchTimeout().toMillis());
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("status " + response.statusCode());
                    }
                    return response.body();
                })
                .map(body -> body.toJsonObject())
                .recover(failure ->
                        at + 1 < order.size() ? fetch(service, order, at + 1) : Future.failedFuture(failure));
    }

    /** Unites paths, tags and components; the first service to define a name keeps it. */
    static JsonObject merge(Map<String, JsonObject> documents, String serverUrl) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        List<String> tagNames = new ArrayList<>();
        JsonArray unavailable = new JsonArray();
        String version = null;
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            JsonObject document = entry.getValue();
            if (document == null) {
                unavailable.add(entry.getKey());
                continue;
            }
            if (version == null) {
                version = document.getString("openapi");
            }
            copyAbsent(document.getJsonObject("paths"), paths, entry.getKey());
            JsonObject theirs = document.getJsonObject("components", new JsonObject());
            for (String kind : theirs.fieldNames()) {
                JsonObject target = components.getJsonObject(kind);
                if (target == null) {
                    target = new JsonObject();
                    components.put(kind, target);
                }
                copyAbsent(theirs.getJsonObject(kind), target, null);
            }
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject t && !tagNames.contains(t.getString("name"))) {
                    tagNames.add(t.getString("name"));
                    tags.add(t);
                }
            }
        }
        JsonObject schemes = components.getJsonObject("securitySchemes");
        if (schemes == null) {
            schemes = new JsonObject();
            components.put("securitySchemes", schemes);
        }
        schemes.put(
                BEARER_SCHEME,
                new JsonObject()
                        .put("type", "http")
                        .put("scheme", "bearer")
                        .put("bearerFormat", "JWT")
                        .put(
                                "description",
                                "RS256 access token; roles admin, evaluator (claim region), operator "
                                        + "(claim unit), viewer. Anonymous callers may submit survey responses and read "
                                        + "published results."));
        JsonObject merged = new JsonObject()
                .put("openapi", version == null ? "3.1.0" : version)
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "Rapor API")
                                .put("version", "1.0")
                                .put(
                                        "description",
                                        "The whole Rapor API behind one gateway, merged from the services' "
                                                + "documents. Errors are RFC 9457 application/problem+json."))
                .put(
                        "servers",
                        new JsonArray()
                                .add(new JsonObject().put("url", serverUrl).put("description", "The Rapor gateway")))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", components);
        if (!unavailable.isEmpty()) {
            merged.put("x-rapor-unavailable", unavailable);
        }
        return merged;
    }

    private static void copyAbsent(JsonObject from, JsonObject to, String service) {
        if (from == null) {
            return;
        }
        for (String name : from.fieldNames()) {
            if (!to.containsKey(name)) {
                to.put(name, from.getValue(name));
            } else if (service != null) {
                Log.warnf("OpenAPI path %s of the %s service is already served by another service", name, service);
            }
        }
    }
}
