package id.rapor.gateway.routing;

import id.rapor.gateway.config.Downstreams;
import id.rapor.gateway.config.Downstreams.Downstream;
import id.rapor.gateway.config.Downstreams.Instance;
import id.rapor.gateway.config.GatewayConfig;
import id.rapor.gateway.error.Problems;
import id.rapor.gateway.ratelimit.SubmissionRateLimit;
import id.rapor.gateway.security.BearerTokenCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The gateway's route table: request id, body limit, submission rate limit and token check for every API call,
 * then one reverse proxy per service for the prefixes it owns, and a problem+json 404 for everything else.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Downstreams downstreams;
    private final BearerTokenCheck bearerTokenCheck;
    private final SubmissionRateLimit submissionRateLimit;
    private final MeterRegistry registry;

    public ProxyRoutes(
            GatewayConfig config,
            Downstreams downstreams,
            BearerTokenCheck bearerTokenCheck,
            SubmissionRateLimit submissionRateLimit,
            MeterRegistry registry) {
        this.config = config;
        this.downstreams = downstreams;
        this.bearerTokenCheck = bearerTokenCheck;
        this.submissionRateLimit = submissionRateLimit;
        this.registry = registry;
    }

    void register(@Observes Router router, Vertx vertx) {
        long maxBodySize = config.maxBodySize().asLongValue();
        int connectTimeout = (int) config.connectTimeout().toMillis();
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout(connectTimeout)
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(200));

        router.route().order(-1000).handler(new RequestIds());
        router.route("/api/*")
                .handler(new BodySizeLimit(maxBodySize, config.jsonBodySize().asLongValue(), config.bulkBodyPaths()));
        router.routeWithRegex(HttpMethod.POST, SubmissionRateLimit.PATH_REGEX).handler(submissionRateLimit);
        router.route("/api/*").handler(bearerTokenCheck);
        for (Downstream service : downstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(context -> origin(client, service).map(request -> {
                        UpstreamExchange.of(context).connected(request);
                        return request;
                    }))
                    .addInterceptor(new ForwardingInterceptor(
                            service, maxBodySize, config.responseTimeout().toMillis(), registry));
            for (String prefix : service.prefixes()) {
                router.routeWithRegex(Pattern.quote(prefix) + "(/.*)?").handler(ctx -> proxy.handle(ctx.request()));
            }
            Log.infof("routing %s to %s", service.prefixes(), service.urls());
        }
        router.route("/api/*").handler(ProxyRoutes::notFound);
        router.route("/api/*").failureHandler(ProxyRoutes::failure);
        router.errorHandler(
                400,
                ctx -> Problems.send(
                        ctx, 400, "validation", "Invalid request", "The request line or headers are malformed"));
        router.errorHandler(404, ProxyRoutes::notFound);
        router.errorHandler(
                405,
                ctx -> Problems.send(
                        ctx,
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        ctx.request().method() + " is not allowed on "
                                + ctx.request().path()));
    }

    /**
     * A request to the next instance of the service in turn; when it cannot be connected to, the following one,
     * and so on. 503 (via {@link UpstreamUnavailableException}) only when no instance accepts the connection.
     */
    private Future<HttpClientRequest> origin(HttpClient client, Downstream service) {
        return connect(client, service, service.rotation(), 0);
    }

    private Future<HttpClientRequest> connect(HttpClient client, Downstream service, List<Instance> order, int at) {
        Instance instance = order.get(at);
        RequestOptions options = new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(instance.port(), instance.host()))
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis());
        return client.request(options).recover(failure -> {
            if (at + 1 < order.size()) {
                Log.infof(
                        "the %s service instance %s cannot be reached, trying the next: %s",
                        service.name(), instance.url(), failure.toString());
                return connect(client, service, order, at + 1);
            }
            return Future.failedFuture(new UpstreamUnavailableException(failure));
        });
    }

    private static void notFound(RoutingContext ctx) {
        Problems.send(
                ctx,
                404,
                "not-found",
                "Not found",
                "No API serves " + ctx.request().path());
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status >= 500) {
            Log.errorf(ctx.failure(), "request failed in the gateway");
        }
        Problems.send(
                ctx,
                status,
                status >= 500 ? "internal" : "http-" + status,
                status >= 500 ? "Internal error" : "Request refused",
                status >= 500
                        ? "The gateway failed to handle the request; quote the request id when reporting it"
                        : "The request was refused with status " + status);
    }
}
