package id.rapor.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class OpenApiTest {

    @Test
    void shouldDescribeEveryFeatureInTheOpenApiDocument() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/regions"))
                .body("paths", hasKey("/api/v1/units/bulk"))
                .body("paths", hasKey("/api/v1/assessment/instruments/{code}/versions/{version}"))
                .body("paths", hasKey("/api/v1/assessment/cycles/{id}/phase"))
                .body("paths", hasKey("/api/v1/assessment/assessments/{id}/tiers/{tier}/scores"))
                .body("paths.'/api/v1/assessment/assessments/{id}/verify'.post.responses", hasKey("422"));
    }
}
