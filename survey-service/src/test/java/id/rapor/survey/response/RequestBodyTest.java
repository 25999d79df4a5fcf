package id.rapor.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request bodies as the service itself reads them, whatever the gateway did: one JSON value and nothing after it
 * (objects and arrays alike), at most the endpoint's limit (1 MB for ordinary JSON, more for bulk imports), refused
 * with problem+json before being parsed.
 */
@QuarkusTest
@RaporQuarkusTest
class RequestBodyTest {

    private static String campaign() {
        return SurveyFixtures.campaign(SurveyFixtures.unit("73.06"), SurveyFixtures.SKM_2017, "2026-S1", null);
    }

    private static String batchJson(int rows, String padding) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"clientResponseId\":\"big-")
                    .append(i)
                    .append("\",\"answers\":{\"U1\":")
                    .append(1 + i % 4)
                    .append(",\"U2\":3},\"consent\":true,\"suggestion\":\"")
                    .append(padding)
                    .append("\"}");
        }
        return json.append(']').toString();
    }

    @Test
    void shouldRefuseTrailingContentAfterObjectAndArrayBodies() {
        String campaign = campaign();
        String object = "{\"unitId\":\"" + SurveyFixtures.unit("73.06") + "\",\"questionnaireId\":\""
                + SurveyFixtures.SKM_2017 + "\",\"period\":\"2026-S2\"}";
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(object + "}")
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapor.id/problems/malformed-body"));
        String array = batchJson(3, "ok");
        for (String trailing : List.of("]", "{}", " [1]", "x")) {
            given().auth()
                    .oauth2(DevTokens.admin())
                    .contentType(ContentType.JSON)
                    .body(array + trailing)
                    .when()
                    .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        // the same bodies without the trailing content are fine: arrays of objects and objects
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(array + " \n")
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(object)
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseOversizedAnonymousBodyByLengthOrByCountingBeforeParsing() {
        String campaign = campaign();
        String token = SurveyFixtures.formToken(campaign);
        // 1.2 MB: a valid JSON document, so only its size can refuse it
        String big = "{\"answers\":{\"U1\":4},\"consent\":true,\"suggestion\":\"" + "a".repeat(1_200_000) + "\"}";
        String path = "/api/v1/survey/campaigns/" + campaign + "/responses";
        given().header("X-Form-Token", token)
                .contentType(ContentType.JSON)
                .body(big)
                .when()
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        // without a declared length (chunked), the bytes are counted as they arrive
        InputStream chunked = new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8));
        given().header("X-Form-Token", token)
                .contentType(ContentType.JSON)
                .body(chunked)
                .when()
                .post(path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAcceptBulkImportAboveTheOrdinaryJsonLimit() {
        String campaign = campaign();
        String body = batchJson(3000, "b".repeat(290));
        assertThat(body.length()).isGreaterThan(1_048_576);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3000));
        // the same size on an ordinary JSON endpoint is refused
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + "t".repeat(1_100_000) + "\"}")
                .when()
                .post("/api/v1/survey/campaigns")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
