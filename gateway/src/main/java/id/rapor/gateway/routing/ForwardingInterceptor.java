package id.rapor.gateway.routing;

import id.rapor.gateway.config.Downstreams.Downstream;
import id.rapor.gateway.error.Problems;
import id.rapor.gateway.routing.LimitedReadStream.BodyTooLargeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Adds the forwarding headers (client address, protocol, host), enforces the body limit on streamed bodies, and
 * turns a failed exchange with the service into a problem response (503 unreachable, 504 silent, 502 broken).
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    /** Bodies up to this many bytes (with a declared length) are read whole before they are forwarded. */
    static final int BUFFERED_BODY_LIMIT = 256 * 1024;

    private final Downstream service;
    private final long maxBodySize;
    private final long responseTimeout;
    private final MeterRegistry registry;

    ForwardingInterceptor(Downstream service, long maxBodySize, long responseTimeout, MeterRegistry registry) {
        this.service = service;
        this.maxBodySize = maxBodySize;
        this.responseTimeout = responseTimeout;
        this.registry = registry;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        forwardingHeaders(request.proxiedRequest(), request.headers());
        // The service sees the host the client asked for, so the absolute Location headers it builds point back here.
        if (request.proxiedRequest().authority() != null) {
            request.setAuthority(request.proxiedRequest().authority());
        }
        UpstreamExchange exchange = UpstreamExchange.start(context, responseTimeout);
        Body body = request.getBody();
        if (body == null) {
            return send(context, request, exchange);
        }
        if (body.length() >= 0 && body.length() <= BUFFERED_BODY_LIMIT) {
            // A small body (every JSON request) is read whole first, then sent with its headers in one write: the
            // service never answers before the body is there, so no half-sent request is ever reset on a
            // connection the pool has already handed to the next request.
            return buffer(body, (int) body.length()).compose(whole -> {
                request.setBody(Body.body(whole));
                return send(context, request, exchange);
            });
        }
        if (mayCarryBody(request)) {
            // A large or undeclared body streams (a declared Content-Length was already checked; an undeclared length
            // is counted as it goes) on a connection used for this request only, since the service may answer and
            // the exchange may be cut before the body ends.
            exchange.closeAfterResponse();
        }
        request.setBody(Body.body(new LimitedReadStream(body.stream(), maxBodySize, exchange), body.length()));
        return send(context, request, exchange);
    }

    /**
     * Whether a request without a declared length may still carry a body: chunked over HTTP/1.1, or any method but
     * GET, HEAD, OPTIONS and DELETE over HTTP/2 (which frames bodies without either header). A plain GET has none
     * and keeps its pooled connection.
     */
    private static boolean mayCarryBody(ProxyRequest request) {
        if (request.getBody().length() >= 0) {
            return true;
        }
        HttpServerRequest client = request.proxiedRequest();
        String encoding = client.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            return true;
        }
        HttpMethod method = client.method();
        return client.version() == HttpVersion.HTTP_2
                && method != HttpMethod.GET
                && method != HttpMethod.HEAD
                && method != HttpMethod.OPTIONS
                && method != HttpMethod.DELETE;
    }

    private Future<ProxyResponse> send(ProxyContext context, ProxyRequest request, UpstreamExchange exchange) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(request, exchange, failure)));
    }

    private static Future<Buffer> buffer(Body body, int length) {
        Promise<Buffer> whole = Promise.promise();
        Buffer bytes = Buffer.buffer(length);
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(whole::tryFail);
        stream.endHandler(v -> whole.tryComplete(bytes));
        stream.handler(bytes::appendBuffer);
        stream.resume();
        return whole.future();
    }

    private static void forwardingHeaders(HttpServerRequest client, MultiMap headers) {
        // Only what the gateway itself saw is forwarded: a client cannot smuggle its own X-Forwarded-For through.
        headers.remove("Forwarded")
                .remove("X-Forwarded-For")
                .remove("X-Forwarded-Proto")
                .remove("X-Forwarded-Host")
                .remove("X-Forwarded-Port")
                .remove("X-Forwarded-Prefix");
        String address = client.remoteAddress() == null
                ? "unknown"
                : client.remoteAddress().host();
        String proto = client.scheme() == null ? "http" : client.scheme();
        String host = client.authority() == null ? null : client.authority().toString();
        headers.set("X-Forwarded-For", address).set("X-Forwarded-Proto", proto);
        StringBuilder forwarded = new StringBuilder("for=")
                .append(address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address)
                .append(";proto=")
                .append(proto);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
            forwarded.append(";host=\"").append(host).append('"');
        }
        headers.set("Forwarded", forwarded.toString());
    }

    private ProxyResponse problem(ProxyRequest request, UpstreamExchange exchange, Throwable failure) {
        String requestId = request.headers().get(RequestIds.HEADER);
        int status;
        String slug;
        String title;
        String detail;
        if (exchange.isBodyTooLarge() || causedBy(failure, BodyTooLargeException.class)) {
            status = 413;
            slug = "payload-too-large";
            title = "Request body too large";
            detail = "The request body exceeds the limit of " + maxBodySize + " bytes";
        } else if (causedBy(failure, UpstreamUnavailableException.class)) {
            status = 503;
            slug = "unavailable";
            title = "Service unavailable";
            detail = "The " + service.name() + " service cannot be reached; retry later";
        } else if (causedBy(failure, TimeoutException.class)) {
            status = 504;
            slug = "gateway-timeout";
            title = "Gateway timeout";
            detail = "The " + service.name() + " service did not answer in time";
        } else {
            status = 502;
            slug = "bad-gateway";
            title = "Bad gateway";
            detail = "The " + service.name() + " service failed to answer";
        }
        Log.logf(
                status < 500 ? Logger.Level.INFO : Logger.Level.WARN,
                "%s %s -> %d, exchange with the %s service failed: %s",
                request.getMethod(),
                request.getURI(),
                status,
                service.name(),
                failure.toString());
        registry.counter(
                        "rapor.gateway.upstream.failures",
                        "service",
                        service.name(),
                        "status",
                        Integer.toString(status))
                .increment();
        Buffer json = Problems.body(status, slug, title, detail, requestId);
        ProxyResponse response = request.response().setStatusCode(status).setStatusMessage(title);
        response.headers().clear();
        response.putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        if (status == 413) {
            // The rest of the body is still on its way: close rather than read it.
            HttpServerRequest client = request.proxiedRequest();
            response.putHeader(HttpHeaders.CONNECTION, "close");
            client.response().endHandler(v -> client.connection().close());
        }
        return response.setBody(Body.body(json));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
