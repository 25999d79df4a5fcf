package id.rapor.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merged contract refuses what would mislead a client generator, and accepts the services' stored contracts. */
class ContractDocumentTest {

    @Test
    void shouldAcceptTheStoredContractsOfTheServices() throws Exception {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : new String[] {"assessment", "survey", "ranking"}) {
            Path stored = Path.of("..", service + "-service", "openapi", "openapi.json");
            documents.put(service, new JsonObject(Files.readString(stored)));
        }

        assertThat(ContractDocument.faults(documents)).isEmpty();
        JsonObject merged = OpenApiAggregator.merge(documents, "https://rapor.example.go.id");
        assertThat(merged.getJsonArray("servers").getJsonObject(0).getString("url"))
                .isEqualTo("https://rapor.example.go.id");
        assertThat(merged.getJsonObject("paths")
                        .getJsonObject("/api/v1/survey/campaigns/{id}/close")
                        .getJsonObject("post")
                        .getString("operationId"))
                .isEqualTo("closeCampaign");
    }

    @Test
    void shouldRefuseMissingOrDuplicateOperationIdsUndeclaredSecurityAndClashingSchemas() {
        JsonObject first = document(
                "/api/v1/a", new JsonObject().put("operationId", "listThings").put("security", new JsonArray()));
        first.put("components", schemas("Thing", "string"));
        JsonObject second = document("/api/v1/b", new JsonObject().put("operationId", "listThings"));
        second.getJsonObject("paths").put("/api/v1/c", new JsonObject().put("get", new JsonObject()));
        second.put("components", schemas("Thing", "integer"));

        assertThat(ContractDocument.faults(Map.of("one", first, "two", second)))
                .anySatisfy(f -> assertThat(f).contains("operationId listThings is used by"))
                .anySatisfy(f -> assertThat(f).contains("GET /api/v1/b (two) declares no security"))
                .anySatisfy(f -> assertThat(f).contains("GET /api/v1/c (two) has no operationId"))
                .anySatisfy(f -> assertThat(f).contains("schema Thing means different things"));
    }

    private static JsonObject document(String path, JsonObject operation) {
        return new JsonObject().put("paths", new JsonObject().put(path, new JsonObject().put("get", operation)));
    }

    private static JsonObject schemas(String name, String type) {
        return new JsonObject().put("schemas", new JsonObject().put(name, new JsonObject().put("type", type)));
    }
}
