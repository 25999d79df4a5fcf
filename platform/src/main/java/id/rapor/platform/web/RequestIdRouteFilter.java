package id.rapor.platform.web;

import id.rapor.platform.error.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request its id before anything else runs, authentication included: so a request refused with 401 or
 * 403 has its id in the access log line, in its problem body and in the {@code X-Request-Id} response header, like
 * an accepted one. {@link RequestIdFilter} then finds the id on the request.
 */
@ApplicationScoped
public class RequestIdRouteFilter {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** Ahead of CORS (300) and authentication (200). */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String id = ctx.request().getHeader(RequestIds.HEADER);
                    if (id == null || !SAFE.matcher(id).matches()) {
                        id = UUID.randomUUID().toString();
                        ctx.request().headers().set(RequestIds.HEADER, id);
                    }
                    String requestId = id;
                    MDC.put(RequestIds.MDC_KEY, requestId);
                    ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, requestId));
                    ctx.next();
                },
                PRIORITY);
    }
}
