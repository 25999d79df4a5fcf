package id.rapor.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the merged document the gateway serves at {@code /q/openapi}, from the services' stored contracts, for
 * the build to lint and generate clients from; and refuses one a client generator would get wrong: an operation
 * without an operationId or without a declared security requirement ({@code security: []} when public), an
 * operationId used twice, a path served by two services, or one schema name meaning two things.
 *
 * <p>{@code ContractDocument <output.json> <serverUrl> <service>=<openapi.json>...}
 */
public final class ContractDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ContractDocument() {}

    public static void main(String[] args) throws IOException {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            documents.put(pair[0], new JsonObject(Files.readString(Path.of(pair[1]), StandardCharsets.UTF_8)));
        }
        List<String> faults = faults(documents);
        if (!faults.isEmpty()) {
            throw new IllegalStateException(
                    "The merged OpenAPI contract is not fit for client generation:\n  " + String.join("\n  ", faults));
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, OpenApiAggregator.merge(documents, args[1]).encodePrettily(), StandardCharsets.UTF_8);
        System.out.println("Merged OpenAPI contract of " + documents.keySet() + " written to " + output);
    }

    /** What would make the merged document mislead a client generator, one line per fault. */
    static List<String> faults(Map<String, JsonObject> documents) {
        List<String> faults = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, JsonObject> schemas = new HashMap<>();
        Map<String, String> schemaOwners = new HashMap<>();
        for (Map.Entry<String, JsonObject> document : documents.entrySet()) {
            String service = document.getKey();
            JsonObject pathItems = document.getValue().getJsonObject("paths", new JsonObject());
            for (String path : pathItems.fieldNames()) {
                String other = paths.putIfAbsent(path, service);
                if (other != null) {
                    faults.add(path + " is served by both the " + other + " and the " + service + " service");
                }
                JsonObject item = pathItems.getJsonObject(path);
                for (String method : item.fieldNames()) {
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    JsonObject operation = item.getJsonObject(method);
                    String where = method.toUpperCase() + " " + path + " (" + service + ")";
                    String id = operation.getString("operationId");
                    if (id == null || id.isBlank()) {
                        faults.add(where + " has no operationId: add @Operation(operationId = \"verbNoun\")");
                    } else {
                        String first = operationIds.putIfAbsent(id, where);
                        if (first != null) {
                            faults.add("operationId " + id + " is used by " + first + " and " + where);
                        }
                    }
                    if (!operation.containsKey("security")) {
                        faults.add(where + " declares no security: @RolesAllowed(...) or @PermitAll");
                    }
                }
            }
            JsonObject theirs = document.getValue()
                    .getJsonObject("components", new JsonObject())
                    .getJsonObject("schemas", new JsonObject());
            for (String name : theirs.fieldNames()) {
                JsonObject known = schemas.putIfAbsent(name, theirs.getJsonObject(name));
                if (known == null) {
                    schemaOwners.put(name, service);
                } else if (!shape(known).equals(shape(theirs.getJsonObject(name)))) {
                    faults.add("schema " + name + " means different things in the " + schemaOwners.get(name)
                            + " and the " + service + " service: give one a distinct @Schema(name = ...)");
                }
            }
        }
        return faults;
    }

    /** A schema without its prose and examples, which may differ between services without changing its meaning. */
    private static JsonObject shape(JsonObject schema) {
        JsonObject copy = schema.copy();
        copy.remove("description");
        copy.remove("example");
        copy.remove("examples");
        return copy;
    }
}
