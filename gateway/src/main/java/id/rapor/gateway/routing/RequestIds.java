package id.rapor.gateway.routing;

import io.quarkus.logging.Log;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is safe, a new UUID otherwise. The id goes
 * to the log context, to the service (forwarded header), back to the client and into every problem body.
 */
public final class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The same rule as the services' filter, so an id the gateway accepts is never replaced downstream. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The id of the request being handled, or null before this handler ran. */
    public static String of(RoutingContext ctx) {
        return ctx.get(MDC_KEY);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        String requestId = id;
        ctx.put(MDC_KEY, requestId);
        // Forwarded to the service, so its log lines and problem bodies carry the same id.
        ctx.request().headers().set(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        long start = System.nanoTime();
        // Set last, so the id replaces whatever a service echoed (they echo the same id anyway).
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
        ctx.addEndHandler(done -> {
            MDC.put(MDC_KEY, requestId);
            // Probes hit /q/* every few seconds: keep them out of the info log.
            Log.logf(
                    ctx.request().path().startsWith("/q/") ? Logger.Level.DEBUG : Logger.Level.INFO,
                    "%s %s -> %d in %d ms",
                    ctx.request().method(),
                    ctx.request().path(),
                    ctx.response().getStatusCode(),
                    (System.nanoTime() - start) / 1_000_000);
            MDC.remove(MDC_KEY);
        });
        ctx.next();
    }
}
