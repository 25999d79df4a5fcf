package id.rapor.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The examples the contract carries: request and response bodies from {@code openapi-examples/} on the class path,
 * and a problem+json body for each error status, in the shape {@code Problem} is written.
 */
public final class ContractExamples {

    /** The gateway a developer runs locally; the gateway serves its configured URL instead. */
    public static final String GATEWAY_URL = "http://localhost:8080";

    private static final String FOLDER = "openapi-examples/";
    private static final String TYPE_BASE = "https://rapor.id/problems/";
    private static final String INSTANCE = "5f0c9a4e-3b7d-4c52-9d0e-7a1f2b3c4d5e";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractExamples() {}

    /** The example stored as {@code openapi-examples/<name>}: parsed JSON, CSV text, or null when none. */
    static Object load(String name) {
        String text = ContractFilter.read(FOLDER + name);
        if (text == null || !name.endsWith(".json")) {
            return text;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(FOLDER + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A problem body for an error status, its detail taken from the response's description. */
    static Map<String, Object> problem(int status, APIResponse response) {
        String detail =
                response.getDescription() == null || response.getDescription().isBlank()
                        ? null
                        : response.getDescription();
        Map<String, Object> body = new LinkedHashMap<>();
        switch (status) {
            case 400 -> {
                body.put("type", TYPE_BASE + "validation");
                body.put("title", "Invalid request");
                body.put("status", 400);
                body.put("detail", "answers.U3: must be between 1 and 4");
                body.put("instance", INSTANCE);
                // A map with a fixed order: the stored contracts are compared byte for byte with the generated ones.
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", "answers.U3");
                error.put("message", "must be between 1 and 4");
                body.put("errors", List.of(error));
                return body;
            }
            case 401 -> put(body, "unauthorized", "Unauthorized", 401, "A valid bearer token is required");
            case 403 -> put(body, "forbidden", "Forbidden", 403, "The caller's scope does not include region 73.15");
            case 404 ->
                put(
                        body,
                        "not-found",
                        "Not found",
                        404,
                        "Campaign 1b7e0c52-8a11-4f5e-9d3c-2f6a7b8c9d01 does not exist");
            case 409 -> put(body, "conflict", "Conflict", 409, detail == null ? "The campaign is closed" : detail);
            case 422 ->
                put(
                        body,
                        "business-rule",
                        "Business rule violated",
                        422,
                        detail == null ? "The cycle is not in the EVALUATION phase" : detail);
            case 429 ->
                put(
                        body,
                        "rate-limited",
                        "Too many requests",
                        429,
                        "Too many submissions from this client; retry later");
            case 503 ->
                put(body, "unavailable", "Service unavailable", 503, detail == null ? "Try again shortly" : detail);
            default -> put(body, "error", "Error", status, detail == null ? "The request failed" : detail);
        }
        return body;
    }

    private static void put(Map<String, Object> body, String slug, String title, int status, String detail) {
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", INSTANCE);
    }
}
