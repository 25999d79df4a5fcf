package id.rapor.gateway.routing;

import id.rapor.gateway.error.Problems;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared {@code Content-Length} exceeds the limit with 413, before any byte reaches a
 * service. Bodies without a declared length are counted while they stream ({@link LimitedReadStream}).
 */
public final class BodySizeLimit implements Handler<RoutingContext> {

    private final long limit;

    public BodySizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
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
