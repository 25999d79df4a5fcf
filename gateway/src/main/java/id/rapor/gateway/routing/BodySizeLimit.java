package id.rapor.gateway.routing;

import id.rapor.gateway.error.Problems;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds its endpoint's limit with 413, before any byte
 * reaches a service: the bulk imports may reach the gateway's maximum, every other endpoint only the services' JSON
 * limit. Bodies without a declared length are counted while they stream ({@link LimitedReadStream}) against the
 * maximum, and the service counts them against its own limit.
 */
public final class BodySizeLimit implements Handler<RoutingContext> {

    private final long max;
    private final long ordinary;
    private final List<Pattern> bulk;

    public BodySizeLimit(long max, long ordinary, List<String> bulkPaths) {
        this.max = max;
        this.ordinary = Math.min(ordinary, max);
        this.bulk = bulkPaths.stream().map(Pattern::compile).toList();
    }

    /** The limit of the path: the maximum for a bulk import, else the ordinary limit. */
    long limitOf(String path) {
        return bulk.stream().anyMatch(p -> p.matcher(path).matches()) ? max : ordinary;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitOf(ctx.request().path());
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                Problems.send(ctx, 400, "validation", "Invalid request", "Content-Length is not a number");
                return;
            }
            if (length > limit) {
                tooLarge(ctx, limit);
                return;
            }
        }
        ctx.next();
    }

    /** Answers 413 naming the limit. */
    public static void tooLarge(RoutingContext ctx, long limit) {
        Problems.send(
                ctx,
                413,
                "payload-too-large",
                "Request body too large",
                "The request body exceeds the limit of " + limit + " bytes");
    }
}
