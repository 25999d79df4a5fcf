package id.rapor.gateway.routing;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.ProxyContext;

/**
 * What the gateway tracks about one forwarded request: the request to the service, whether the body outgrew the
 * limit, and the idle timeout that is re-armed whenever body bytes move (so a long upload is never cut off while
 * a silent service is).
 */
final class UpstreamExchange {

    private static final String KEY = "rapor.exchange";

    private final long idleTimeout;
    private HttpClientRequest upstream;
    private boolean bodyTooLarge;
    private boolean closeAfterResponse;

    private UpstreamExchange(long idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    static UpstreamExchange start(ProxyContext context, long idleTimeout) {
        UpstreamExchange exchange = new UpstreamExchange(idleTimeout);
        context.set(KEY, exchange);
        return exchange;
    }

    static UpstreamExchange of(ProxyContext context) {
        return context.get(KEY, UpstreamExchange.class);
    }

    /** The request to the service is open: from now on it must answer (or accept body bytes) within the timeout. */
    void connected(HttpClientRequest request) {
        upstream = request;
        request.idleTimeout(idleTimeout);
        if (closeAfterResponse) {
            // Connection is a hop-by-hop header the proxy does not copy, so it is set here, on the request itself.
            request.putHeader(HttpHeaders.CONNECTION, "close");
        }
        // Failures reach the client as a problem response; a reset after a refused body needs no error log.
        request.exceptionHandler(failure -> Log.debugf("request to the service ended: %s", failure.toString()));
    }

    /** Body bytes moved to the service: the service is alive, re-arm its timeout. */
    void progressed() {
        if (upstream != null) {
            upstream.idleTimeout(idleTimeout);
        }
    }

    /**
     * Called before the first body byte goes out. A body of unknown length arriving over HTTP/2 carries no
     * Transfer-Encoding header, so the proxy would send it unframed over HTTP/1.1: chunk it.
     */
    void beforeFirstChunk() {
        if (upstream != null && !upstream.isChunked() && !upstream.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            upstream.setChunked(true);
        }
    }

    /** The connection serves this request only (its body streams, so the exchange may end before the body). */
    void closeAfterResponse() {
        closeAfterResponse = true;
    }

    void bodyTooLarge() {
        bodyTooLarge = true;
    }

    boolean isBodyTooLarge() {
        return bodyTooLarge;
    }
}
