package id.rapor.gateway.web;

import id.rapor.gateway.error.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the public pages built by the web module ({@code rapor-web/} on the classpath): the SKM form at
 * {@code /f/{formToken}}, the results at {@code /hasil/unit/{unitId}} and {@code /hasil/wilayah/{code}}, and their
 * assets at {@code /web/assets/}. Pages are revalidated on every load (ETag); assets asked for under the current
 * build's version are immutable. Every answer carries a strict Content-Security-Policy: scripts, styles and workers
 * from this origin only, nothing inline, no frames, API calls to this origin only.
 */
@ApplicationScoped
public class PublicPages {

    /** The policy of every page and asset. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; worker-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String ROOT = "rapor-web/";
    private static final List<String> ASSETS = List.of("rapor.css", "api.js", "form.js", "results.js", "pow-worker.js");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");
    private static final Pattern FILE = Pattern.compile("[a-z-]+\\.(css|js)");

    private record Resource(Buffer body, String contentType, String etag) {}

    private final Map<String, Resource> resources = new java.util.HashMap<>();
    private String version = "";

    void register(@Observes Router router) {
        Optional<String> built = text(ROOT + "version");
        if (built.isEmpty()) {
            Log.warn("the public pages are not on the classpath (web module not built): /f and /hasil answer 404");
            return;
        }
        version = built.get().trim();
        for (String page : List.of("form.html", "results.html")) {
            load(page);
        }
        for (String asset : ASSETS) {
            load("assets/" + asset);
        }
        router.route(HttpMethod.GET, "/f/:formToken").handler(ctx -> send(ctx, "form.html", false));
        router.route(HttpMethod.GET, "/hasil/unit/:unitId").handler(ctx -> send(ctx, "results.html", false));
        router.route(HttpMethod.GET, "/hasil/wilayah/:regionCode").handler(ctx -> send(ctx, "results.html", false));
        router.route(HttpMethod.GET, "/web/assets/:file").handler(ctx -> {
            String file = ctx.pathParam("file");
            if (!FILE.matcher(file).matches() || !resources.containsKey("assets/" + file)) {
                Problems.send(
                        ctx,
                        404,
                        "not-found",
                        "Not found",
                        "No page or asset " + ctx.request().path());
                return;
            }
            send(ctx, "assets/" + file, version.equals(ctx.request().getParam("v")));
        });
        Log.infof("public pages (version %s) at /f/{formToken}, /hasil/unit/{unitId}, /hasil/wilayah/{code}", version);
    }

    private void send(RoutingContext ctx, String name, boolean immutable) {
        Resource resource = resources.get(name);
        HttpServerResponse response = ctx.response();
        response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                // The form's URL carries its token: never hand it to another site.
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Cross-Origin-Opener-Policy", "same-origin")
                .putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
                .putHeader(HttpHeaders.ETAG, resource.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, immutable ? "public, max-age=31536000, immutable" : "no-cache");
        if (resource.etag().equals(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, resource.contentType()).end(resource.body());
    }

    private void load(String name) {
        byte[] bytes = bytes(ROOT + name)
                .orElseThrow(() -> new IllegalStateException("the web module's build lacks " + ROOT + name));
        String extension = name.substring(name.lastIndexOf('.') + 1);
        resources.put(name, new Resource(Buffer.buffer(bytes), TYPES.get(extension), etag(bytes)));
    }

    private static Optional<String> text(String path) {
        return bytes(path).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static Optional<byte[]> bytes(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
