package id.rapor.gateway.health;

import id.rapor.gateway.config.Downstreams;
import id.rapor.gateway.config.Downstreams.Downstream;
import id.rapor.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** One readiness check per service behind the gateway, each asking the service's own {@code /q/health/ready}. */
@ApplicationScoped
public class DownstreamHealthChecks {

    private final Downstreams downstreams;
    private final long timeout;
    private final HttpClient client;

    public DownstreamHealthChecks(Downstreams downstreams, GatewayConfig config, Vertx vertx) {
        this.downstreams = downstreams;
        this.timeout = config.health().timeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout));
    }

    @Produces
    @Readiness
    AsyncHealthCheck assessment() {
        return () -> check(downstreams.named("assessment"));
    }

    @Produces
    @Readiness
    AsyncHealthCheck survey() {
        return () -> check(downstreams.named("survey"));
    }

    @Produces
    @Readiness
    AsyncHealthCheck ranking() {
        return () -> check(downstreams.named("ranking"));
    }

    private Uni<HealthCheckResponse> check(Downstream service) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setHost(service.host()).setPort(service.port()).setSsl(service.ssl())
                .setURI("/q/health/ready").setIdleTimeout(timeout);
        var answer = client.request(options).compose(request -> request.send())
                .map(response -> response.statusCode())
                .map(status -> HealthCheckResponse.named(service.name()).status(status == 200)
                        .withData("url", service.url().toString()).withData("status", status).build())
                .otherwise(failure -> HealthCheckResponse.named(service.name()).down()
                        .withData("url", service.url().toString()).withData("error", failure.toString()).build());
        return Uni.createFrom().completionStage(answer.toCompletionStage());
    }
}
