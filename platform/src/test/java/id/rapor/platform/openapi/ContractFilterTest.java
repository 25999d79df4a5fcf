package id.rapor.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

class ContractFilterTest {

    @Test
    void shouldRefuseAnOperationWithoutOperationId() {
        OpenAPI openAPI = document(OASFactory.createOperation().summary("Close a campaign"), null);

        assertThatThrownBy(() -> new ContractFilter().filterOpenAPI(openAPI))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST /api/v1/things/{id}/close has no operationId")
                .hasMessageContaining("@Operation(operationId");
    }

    @Test
    void shouldMarkPublicOperationsRequiredResponseFieldsAndServer() {
        Operation open = OASFactory.createOperation().operationId("closeThing");
        Operation secured = OASFactory.createOperation()
                .operationId("closeThing")
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        OpenAPI publicDoc = document(open, "Thing");
        OpenAPI securedDoc = document(secured, "Thing");

        new ContractFilter().filterOpenAPI(publicDoc);
        new ContractFilter().filterOpenAPI(securedDoc);

        assertThat(open.getSecurity()).isEmpty();
        assertThat(secured.getSecurity())
                .extracting(SecurityRequirement::getSchemes)
                .hasSize(1);
        assertThat(publicDoc.getComponents().getSchemas().get("Thing").getRequired())
                .containsExactly("id", "note");
        assertThat(publicDoc.getComponents().getSchemas()).doesNotContainKey("Unused");
        assertThat(publicDoc.getServers().get(0).getUrl()).isEqualTo(ContractExamples.GATEWAY_URL);
        Object example = open.getResponses()
                .getAPIResponse("404")
                .getContent()
                .getMediaType("application/problem+json")
                .getExample();
        assertThat(example).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) example).get("status")).isEqualTo(404);
    }

    private static OpenAPI document(Operation operation, String schema) {
        operation.responses(OASFactory.createAPIResponses()
                .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                                .description("The thing")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                "application/json",
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Thing")))))
                .addAPIResponse(
                        "404",
                        OASFactory.createAPIResponse()
                                .description("No such thing")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                "application/problem+json",
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Problem"))))));
        Schema thing = OASFactory.createSchema()
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty(
                        "note",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .addType(Schema.SchemaType.NULL));
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/things/{id}/close",
                                OASFactory.createPathItem().POST(operation)))
                .components(OASFactory.createComponents()
                        .addSchema("Thing", thing)
                        .addSchema("Problem", OASFactory.createSchema())
                        .addSchema("Unused", OASFactory.createSchema()));
    }
}
