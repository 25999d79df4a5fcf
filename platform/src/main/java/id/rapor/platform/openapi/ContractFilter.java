package id.rapor.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes every service's generated OpenAPI document into the contract frontends generate clients from, and
 * refuses to build one that is not fit for that. Registered with {@code mp.openapi.filter}; runs when the service
 * is built, so the stored {@code openapi/} documents carry its result.
 *
 * <ul>
 *   <li>{@value #SERVICE} in an {@code operationId} (operations a service inherits from a shared resource, such as
 *       {@code create{Service}WebhookSubscription}) becomes the service's name from the path
 *       ({@code /api/v1/survey/...} → {@code createSurveyWebhookSubscription}), so ids stay unique across services;
 *   <li>every operation must have an {@code operationId} ({@code @Operation(operationId = "verbNoun")}): the build
 *       fails, naming the operation, when one has none;
 *   <li>an operation without a security requirement is public ({@code @PermitAll}; that every resource method
 *       declares its roles or {@code @PermitAll} is checked by each service's {@code ContractRulesTest}) and gets
 *       {@code security: []};
 *   <li>{@code servers} names the gateway, the one entry point ({@link ContractExamples#GATEWAY_URL}; the gateway
 *       serves its own configured URL in the merged document);
 *   <li>every property of a schema a response (and no request) carries is {@code required}: records are written with every
 *       component, null or not. Where null is a real answer the component says so with
 *       {@code @Schema(nullable = true)}. The problem body leaves out what it does not have, so only {@code type},
 *       {@code title} and {@code status} are required there;
 *   <li>request bodies and main responses get the examples under {@code openapi-examples/} on the class path
 *       ({@code <operationId>.request.json} or {@code .request.csv}, {@code <operationId>.response.json}); error
 *       responses get a problem+json example for their status.
 * </ul>
 */
public class ContractFilter implements OASFilter {

    /** Stands for the service's name in the operation ids of shared resources. */
    public static final String SERVICE = "{Service}";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM = "Problem";
    private static final List<String> PROBLEM_REQUIRED = List.of("type", "title", "status");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url(ContractExamples.GATEWAY_URL)
                .description("The Rapor gateway, the one entry point (use your environment's gateway URL)"))));
        List<String> faults = new ArrayList<>();
        Set<String> responseRefs = new LinkedHashSet<>();
        Set<String> requestRefs = new LinkedHashSet<>();
        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path :
                    new TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                        path.getValue().getOperations().entrySet()) {
                    String name = entry.getKey() + " " + path.getKey();
                    nameService(entry.getValue(), path.getKey());
                    finish(name, entry.getValue(), faults, responseRefs, requestRefs);
                }
            }
        }
        if (!faults.isEmpty()) {
            throw new IllegalStateException("The OpenAPI contract is incomplete:\n  " + String.join("\n  ", faults));
        }
        markRequired(openAPI, responseRefs, requestRefs);
        dropUnused(openAPI);
    }

    /** Removes schemas no operation reaches (such as the raw generic page), which clients would generate for nothing. */
    private static void dropUnused(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> collectRefs(p.getSchema(), used));
                }
                if (operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null) {
                    operation
                            .getRequestBody()
                            .getContent()
                            .getMediaTypes()
                            .values()
                            .forEach(m -> collectRefs(m.getSchema(), used));
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response :
                            operation.getResponses().getAPIResponses().values()) {
                        if (response.getContent() != null) {
                            response.getContent()
                                    .getMediaTypes()
                                    .values()
                                    .forEach(m -> collectRefs(m.getSchema(), used));
                        }
                    }
                }
            }
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> reached = closure(schemas, used);
        for (String name : List.copyOf(schemas.keySet())) {
            if (!reached.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    /** Replaces {@link #SERVICE} in the operation's id with the capitalised service segment of its path. */
    static void nameService(Operation operation, String path) {
        String id = operation.getOperationId();
        if (id == null || !id.contains(SERVICE)) {
            return;
        }
        String[] segments = path.split("/");
        if (segments.length < 4 || segments[3].isEmpty()) {
            return;
        }
        String service = Character.toUpperCase(segments[3].charAt(0)) + segments[3].substring(1);
        operation.setOperationId(id.replace(SERVICE, service));
    }

    private static void finish(
            String name, Operation operation, List<String> faults, Set<String> responseRefs, Set<String> requestRefs) {
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
            faults.add(name + " has no operationId: add @Operation(operationId = \"verbNoun\", summary = ...)");
            return;
        }
        if (!id.matches("[a-z][A-Za-z0-9]*")) {
            faults.add(name + " has operationId '" + id + "', which is not camelCase (verbNoun)");
        }
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (Map.Entry<String, MediaType> media :
                    operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
                collectRefs(media.getValue().getSchema(), requestRefs);
                if (media.getValue().getExample() == null && empty(media.getValue())) {
                    String extension = media.getKey().contains("csv") ? "csv" : "json";
                    Object example = ContractExamples.load(id + ".request." + extension);
                    if (example != null) {
                        media.getValue().setExample(example);
                    }
                }
            }
        }
        if (operation.getResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response :
                operation.getResponses().getAPIResponses().entrySet()) {
            Content content = response.getValue().getContent();
            if (content == null) {
                continue;
            }
            boolean error =
                    response.getKey().startsWith("4") || response.getKey().startsWith("5");
            for (MediaType media : content.getMediaTypes().values()) {
                collectRefs(media.getSchema(), responseRefs);
                if (media.getExample() != null || !empty(media)) {
                    continue;
                }
                Object example = error
                        ? ContractExamples.problem(Integer.parseInt(response.getKey()), response.getValue())
                        : ContractExamples.load(id + ".response.json");
                if (example != null) {
                    media.setExample(example);
                }
            }
        }
    }

    private static boolean empty(MediaType media) {
        return media.getExamples() == null || media.getExamples().isEmpty();
    }

    /**
     * Marks the properties of every schema reachable from a response, and from no request body, as required. A
     * schema a request also carries (an instrument's aspects, a definition's rules) keeps the required list its
     * validation gives, so clients are not made to send what the request may leave out.
     */
    private static void markRequired(OpenAPI openAPI, Set<String> roots, Set<String> requestRoots) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inRequests = closure(schemas, requestRoots);
        Deque<String> todo = new ArrayDeque<>(roots);
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Schema schema = schemas.get(name);
            if (schema == null || !seen.add(name)) {
                continue;
            }
            Set<String> refs = new LinkedHashSet<>();
            collectRefs(schema, refs);
            refs.remove(name);
            todo.addAll(refs);
            if (schema.getProperties() == null || schema.getProperties().isEmpty() || inRequests.contains(name)) {
                continue;
            }
            List<String> required = PROBLEM.equals(name)
                    ? PROBLEM_REQUIRED
                    : new ArrayList<>(schema.getProperties().keySet());
            schema.setRequired(new ArrayList<>(required));
        }
    }

    /** The schemas the given ones reach, themselves included. */
    private static Set<String> closure(Map<String, Schema> schemas, Set<String> roots) {
        Set<String> reached = new LinkedHashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Set<String> refs = new LinkedHashSet<>();
            collectRefs(schemas.get(todo.pop()), refs);
            for (String ref : refs) {
                if (reached.add(ref)) {
                    todo.add(ref);
                }
            }
        }
        return reached;
    }

    private static void collectRefs(Schema schema, Set<String> refs) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            refs.add(schema.getRef().substring(SCHEMAS.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> collectRefs(s, refs));
        }
        collectRefs(schema.getItems(), refs);
        collectRefs(schema.getAdditionalPropertiesSchema(), refs);
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            group.forEach(s -> collectRefs(s, refs));
        }
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    /** Reads a text resource from the class path, or null when there is none. */
    static String read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ContractFilter.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
