package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Routing of each API prefix to its service and the headers the gateway forwards. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RoutingTest {

    @Test
    void shouldRouteEachPrefixToItsService() {
        assertThat(get("/api/v1/units?page=2").getString("service")).isEqualTo("assessment");
        assertThat(get("/api/v1/units?page=2").getString("uri")).isEqualTo("/api/v1/units?page=2");
        assertThat(get("/api/v1/regions").getString("service")).isEqualTo("assessment");
        assertThat(get("/api/v1/regions/73/children").getString("service")).isEqualTo("assessment");
        assertThat(get("/api/v1/assessment/cycles/2025").getString("service")).isEqualTo("assessment");
        assertThat(get("/api/v1/survey/campaigns").getString("service")).isEqualTo("survey");
        assertThat(get("/api/v1/survey/units/6f1c2b9e-0000-4000-8000-000000000001/reports/skm?period=2026")
                        .getString("service"))
                .isEqualTo("survey");
        assertThat(get("/api/v1/survey/regions/73.04/report-signatory").getString("service"))
                .isEqualTo("survey");
    }

    @Test
    void shouldRouteResponseReadsSaranAndExportsToTheServiceOwningTheData() {
        String campaign = "/api/v1/survey/campaigns/8ef3d125-799f-4554-9ca8-551489044c67";
        for (String path : new String[] {
            campaign + "/responses?updatedSince=2026-07-01&size=2",
            campaign + "/responses/export?format=xlsx",
            campaign + "/saran/42/status",
            "/api/v1/survey/saran-categories",
            "/api/v1/survey/results/export?period=2026&region=73"
        }) {
            assertThat(get(path).getString("service")).as(path).isEqualTo("survey");
            assertThat(get(path).getString("uri")).as(path).isEqualTo(path);
        }
        // the ranking stub is down: a 503 shows the export went to the ranking service
        for (String path : new String[] {"/api/v1/ranking/units/export", "/api/v1/ranking/regions/export"}) {
            given().get(path + "?index=IKM&period=2026").then().statusCode(503);
        }
        assertThat(get("/api/v1/assessment/assessments/export?cycleId=x").getString("service"))
                .isEqualTo("assessment");
    }

    @Test
    void shouldForwardBodyMethodAndToken() {
        String token = DevTokens.admin();
        JsonPath echo = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"name\":\"Puskesmas\"}")
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getInt("bodyBytes")).isEqualTo(20);
        assertThat(echo.getString("headers.authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void shouldGenerateRequestIdAndReturnItToClientAndService() {
        Response response = given().get("/api/v1/units");

        String id = response.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(id);
    }

    @Test
    void shouldKeepCallersRequestIdAndReplaceAnUnsafeOne() {
        Response kept = given().header("X-Request-Id", "frontend-42.a").get("/api/v1/units");
        assertThat(kept.header("X-Request-Id")).isEqualTo("frontend-42.a");
        assertThat(kept.jsonPath().getString("headers.x-request-id")).isEqualTo("frontend-42.a");

        Response replaced = given().header("X-Request-Id", "<script>").get("/api/v1/units");
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("<script>").matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldForwardClientAddressAndNotTrustSmuggledForwardedHeaders() {
        JsonPath direct = get("/api/v1/units");
        assertThat(direct.getString("headers.x-forwarded-for")).isEqualTo("127.0.0.1");
        assertThat(direct.getString("headers.forwarded")).startsWith("for=127.0.0.1;proto=http");

        // The test client stands behind a trusted proxy (loopback), which names the real client.
        JsonPath proxied = given().header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(proxied.getString("headers.x-forwarded-for")).isEqualTo("203.0.113.7");
        assertThat(proxied.getString("headers.forwarded")).startsWith("for=203.0.113.7;proto=http");
        assertThat(proxied.getString("headers.x-forwarded-proto")).isEqualTo("http");
        // The service sees the host the client addressed (the gateway), not its own address.
        assertThat(proxied.getString("headers.host"))
                .isEqualTo(proxied.getString("headers.x-forwarded-host"))
                .startsWith("localhost:");
    }

    @Test
    void shouldAnswerUnknownPathsWithProblem() {
        for (String path : new String[] {"/api/v2/units", "/api/v1/unknown/things", "/nothing-here"}) {
            Response response = given().header("X-Request-Id", "unknown-path-1").get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("https://rapor.id/problems/not-found");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
            assertThat(response.jsonPath().getString("instance")).isEqualTo("unknown-path-1");
        }
    }

    private static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }
}
