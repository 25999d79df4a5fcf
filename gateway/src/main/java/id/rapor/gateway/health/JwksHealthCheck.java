package id.rapor.gateway.health;

import id.rapor.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the token keys: when the verification key is a JWKS URL (the OIDC provider), the gateway is ready
 * only while that URL answers a key set, so a load balancer does not send users to a gateway that would refuse
 * every valid token. A key file needs no check.
 */
@ApplicationScoped
public class JwksHealthCheck {

    private final Optional<String> keyLocation;
    private final long timeout;
    private final HttpClient client;

    public JwksHealthCheck(
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            GatewayConfig config,
            Vertx vertx) {
        this.keyLocation = keyLocation;
        this.timeout = config.health().timeout().toMillis();
        // A fresh connection each time: a pooled one could outlive the provider and report it reachable.
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout)
                .setVerifyHost(true)
                .setKeepAlive(false));
    }

    @Produces
    @Readiness
    AsyncHealthCheck tokenKeys() {
        return () -> {
            String location = keyLocation.orElse("");
            if (!location.startsWith("http://") && !location.startsWith("https://")) {
                return Uni.createFrom()
                        .item(HealthCheckResponse.named("token-keys")
                                .up()
                                .withData("location", "key file")
                                .build());
            }
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.GET)
                    .setAbsoluteURI(location)
                    .setIdleTimeout(timeout);
            var answer = client.request(options)
                    .compose(request -> request.send())
                    .compose(response -> response.body().map(body -> keys(response, body.toString())))
                    .map(keys -> HealthCheckResponse.named("token-keys")
                            .status(keys > 0)
                            .withData("jwks", location)
                            .withData("keys", keys)
                            .build())
                    .otherwise(failure -> HealthCheckResponse.named("token-keys")
                            .down()
                            .withData("jwks", location)
                            .withData("error", failure.toString())
                            .build());
            return Uni.createFrom().completionStage(answer.toCompletionStage());
        };
    }

    private static int keys(HttpClientResponse response, String body) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the JWKS URL answered " + response.statusCode());
        }
        var keys = new JsonObject(body).getJsonArray("keys");
        return keys == null ? 0 : keys.size();
    }
}
