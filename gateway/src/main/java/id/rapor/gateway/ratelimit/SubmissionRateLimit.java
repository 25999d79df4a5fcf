package id.rapor.gateway.ratelimit;

import id.rapor.gateway.config.GatewayConfig;
import id.rapor.gateway.error.Problems;
import io.quarkus.logging.Log;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Limits survey response submissions per client address with an in-memory token bucket, answering 429 with
 * {@code Retry-After}. Single submissions are limited whatever the caller's token (a viewer's token is no bypass);
 * batch and CSV imports, which need a managing role the service checks, are limited only when anonymous. The
 * survey service enforces its own shared limits behind this one.
 */
@ApplicationScoped
public class SubmissionRateLimit implements Handler<RoutingContext> {

    /** POST of a response (or a sub-resource of it) to a campaign: the only anonymous write of the API. */
    public static final String PATH_REGEX = "/api/v1/survey/campaigns/[^/]+/responses.*";

    /** A single submission: the collection itself, not batch, csv or a response's sub-resource. */
    private static final java.util.regex.Pattern SINGLE =
            java.util.regex.Pattern.compile("/api/v1/survey/campaigns/[^/]+/responses/?");

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final int perMinute;

    public SubmissionRateLimit(GatewayConfig config, Vertx vertx) {
        this.burst = config.surveySubmissionLimit().burst();
        this.perMinute = config.surveySubmissionLimit().perMinute();
        // Full buckets carry no state: forget them so the map only holds recently active addresses.
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.full(now));
        });
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                && !SINGLE.matcher(ctx.request().path()).matches()) {
            ctx.next();
            return;
        }
        String client = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().host();
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(client, c -> new TokenBucket(burst, perMinute, now))
                .take(now);
        if (wait == 0) {
            ctx.next();
            return;
        }
        long seconds = wait == Long.MAX_VALUE ? 3600 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait - 1) + 1);
        Log.infof("survey submission rate limit reached by a client, retry in %d s", seconds);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.send(
                ctx,
                429,
                "rate-limited",
                "Too many requests",
                "Too many survey submissions from this address; retry after " + seconds + " s");
    }
}
