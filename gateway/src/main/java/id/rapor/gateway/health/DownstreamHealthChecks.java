package id.rapor.gateway.health;

import id.rapor.gateway.config.Downstreams;
import id.rapor.gateway.config.Downstreams.Downstream;
import id.rapor.gateway.config.Downstreams.Instance;
import id.rapor.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
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

    /** Up when at least one instance is ready (the proxy skips the others); every instance's state in the data. */
    private Uni<HealthCheckResponse> check(Downstream service) {
        List<Future<String>> answers = new ArrayList<>();
        for (Instance instance : service.instances()) {
            answers.add(check(instance));
        }
        var answer = Future.join(answers).otherwiseEmpty().map(ignored -> {
            HealthCheckResponseBuilder response =
                    HealthCheckResponse.named(service.name()).down().withData("url", service.urls());
            for (int i = 0; i < answers.size(); i++) {
                String state = answers.get(i).result();
                if ("UP".equals(state)) {
                    response.up();
                }
                String key = answers.size() == 1
                        ? "status"
                        : service.instances().get(i).url().toString();
                response.withData(key, state);
            }
            return response.build();
        });
        return Uni.createFrom().completionStage(answer.toCompletionStage());
    }

    private Future<String> check(Instance instance) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI("/q/health/ready")
                .setIdleTimeout(timeout);
        return client.request(options)
                .compose(request -> request.send())
                .map(response -> response.statusCode() == 200 ? "UP" : "DOWN: status " + response.statusCode())
                .otherwise(failure -> "DOWN: " + failure);
    }
}
