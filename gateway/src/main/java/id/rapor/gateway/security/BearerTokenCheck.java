package id.rapor.gateway.security;

import id.rapor.gateway.error.Problems;
import id.rapor.identity.TokenRejected;
import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the caller's bearer token (the identity module's rules: RS256 signature, issuer, audience, expiry, lifetime, role and scope claims; keys from {@code mp.jwt.verify.*}) before
 * anything reaches a service. A request without a token passes: anonymous access is decided by each service.
 */
@ApplicationScoped
public class BearerTokenCheck implements Handler<RoutingContext> {

    /** Routing-context key of the verified token's subject, for logs. */
    public static final String SUBJECT = "rapor.subject";

    private static final String BEARER = "Bearer ";

    private final JWTParser parser;

    public BearerTokenCheck(JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            ctx.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            reject(ctx, "The Authorization header must carry a bearer token");
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        // Verification may fetch a JWKS document: keep it off the event loop, and hold the body until it is done.
        ctx.request().pause();
        ctx.vertx()
                .<JsonWebToken>executeBlocking(() -> parser.parse(token), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        ctx.put(SUBJECT, result.result().getSubject());
                        ctx.next();
                    } else {
                        // The identity module names the cause and logs it at INFO (without the token).
                        TokenRejected rejected =
                                TokenRejected.in(result.cause()).orElse(null);
                        if (rejected == null) {
                            Log.infof(
                                    "bearer token refused: %s",
                                    result.cause().getClass().getSimpleName());
                            reject(ctx, "The bearer token is invalid");
                        } else if (rejected.status() == 403) {
                            Problems.send(ctx, 403, "forbidden", "Forbidden", rejected.detail());
                        } else {
                            reject(ctx, rejected.detail());
                        }
                    }
                });
    }

    private static void reject(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        Problems.send(ctx, 401, "unauthorized", "Authentication required", detail);
    }
}
