package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** One OpenAPI document and one Swagger UI for the whole API, built from the services' own documents. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class OpenApiTest {

    @Test
    void shouldMergePathsOfEveryAvailableServiceAndNameTheMissingOne() {
        JsonPath doc = given().get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();

        assertThat(doc.getMap("paths")).containsKeys("/api/v1/units", "/api/v1/survey/campaigns");
        assertThat(doc.getString("paths.'/api/v1/units'.get.summary")).isEqualTo("List of assessment");
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "assessmentView", "surveyView");
        assertThat(doc.getList("tags.name")).containsExactly("assessment", "survey");
        assertThat(doc.getString("info.title")).isEqualTo("Rapor API");
        assertThat(doc.getList("x-rapor-unavailable")).containsExactly("ranking");
    }

    @Test
    void shouldDeclareBearerSecurityScheme() {
        JsonPath doc =
                given().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertThat(doc.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(doc.getString("components.securitySchemes.bearer.bearerFormat"))
                .isEqualTo("JWT");
    }

    @Test
    void shouldServeEachServiceDocumentAndProblemForUnavailableOne() {
        given().get("/q/openapi/survey").then().statusCode(200).extract().jsonPath();
        assertThat(given().get("/q/openapi/survey").jsonPath().getString("info.title"))
                .isEqualTo("Rapor survey service");
        var ranking = given().get("/q/openapi/ranking");
        assertThat(ranking.statusCode()).isEqualTo(503);
        assertThat(ranking.contentType()).startsWith("application/problem+json");
        assertThat(given().get("/q/openapi/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeSwaggerUiPointingAtTheMergedDocument() {
        String page =
                given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();

        assertThat(page)
                .contains("/q/openapi")
                .contains("/q/openapi/assessment")
                .contains("/q/openapi/survey");
    }
}
