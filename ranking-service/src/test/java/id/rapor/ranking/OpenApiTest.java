package id.rapor.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class OpenApiTest {

    @Test
    void shouldDescribeEveryRankingOperationWithItsProblems() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/ranking/units/{id}/scorecard"))
                .body(containsString("/api/v1/ranking/regions"))
                .body(containsString("/api/v1/ranking/definitions/{code}/versions"))
                .body(containsString("/api/v1/ranking/admin/rebuild"))
                .body(containsString("application/problem+json"));
    }
}
