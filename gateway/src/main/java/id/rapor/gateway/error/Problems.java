package id.rapor.gateway.error;

import id.rapor.gateway.routing.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes RFC 9457 problem details in exactly the services' format ({@code type, title, status, detail, instance}),
 * so a client sees one error shape whether the gateway or a service refused the request.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://rapor.id/problems/";

    private Problems() {}

    /** The JSON body of a problem; {@code instance} is the request id. */
    public static Buffer body(int status, String slug, String title, String detail, String requestId) {
        JsonObject json = new JsonObject()
                .put("type", TYPE_BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (requestId != null) {
            json.put("instance", requestId);
        }
        return json.toBuffer();
    }

    /** Ends the exchange with a problem response (unless a response was already started). */
    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        Buffer body = body(status, slug, title, detail, RequestIds.of(ctx));
        HttpServerRequest request = ctx.request();
        if (!request.isEnded() && declaresBody(request) && request.version() != HttpVersion.HTTP_2) {
            // The unread body would otherwise be the next "request" on this connection: close it instead of draining.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            // Through the routing context: replacing the response's end handler would drop the others (the
            // request's log line among them).
            ctx.addEndHandler(v -> request.connection().close());
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()))
                .end(body);
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !"0".equals(length.trim()))
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }
}
