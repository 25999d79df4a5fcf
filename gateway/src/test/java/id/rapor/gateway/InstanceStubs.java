package id.rapor.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Services with two instances each: two real survey servers that answer with their own name, one live ranking
 * server next to a ranking URL nobody listens on (a stopped instance), and one assessment server.
 */
public class InstanceStubs implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String surveyA = "http://127.0.0.1:" + listen("survey-a");
        String surveyB = "http://127.0.0.1:" + listen("survey-b");
        String rankingStopped = "http://127.0.0.1:" + freePort();
        String rankingLive = "http://127.0.0.1:" + listen("ranking-live");
        return Map.of(
                "rapor.gateway.assessment-url", "http://127.0.0.1:" + listen("assessment"),
                "rapor.gateway.survey-url", surveyA + "," + surveyB,
                "rapor.gateway.ranking-url", rankingStopped + "," + rankingLive,
                "rapor.gateway.connect-timeout", "1S",
                "rapor.gateway.health.timeout", "1S");
    }

    private int listen(String instance) {
        try {
            return vertx.createHttpServer()
                    .requestHandler(request -> {
                        if (request.path().equals("/q/health/ready")) {
                            request.response()
                                    .putHeader("Content-Type", "application/json")
                                    .end("{\"status\":\"UP\"}");
                        } else {
                            request.response()
                                    .putHeader("Content-Type", "application/json")
                                    .end(new JsonObject()
                                            .put("instance", instance)
                                            .put("uri", request.uri())
                                            .encode());
                        }
                    })
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the " + instance + " stub", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join();
        }
    }
}
