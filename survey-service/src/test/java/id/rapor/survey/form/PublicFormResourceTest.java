package id.rapor.survey.form;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@RaporQuarkusTest
class PublicFormResourceTest {

    @Test
    void shouldShowTheFormBehindItsTokenToAnonymousCallersWithoutInternals() {
        UUID unit = unit();
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", 500L);
        String token = SurveyFixtures.formToken(campaign);

        String body = given().when()
                .get("/api/v1/survey/forms/" + token)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-cache"))
                .body("campaignId", equalTo(campaign))
                .body("open", equalTo(true))
                .body("period", equalTo("2026-S1"))
                .body("unit.name", equalTo("Puskesmas " + unit.toString().substring(0, 8)))
                .body("unit.regionCode", equalTo("73.09"))
                .body("questionnaire.scaleMin", equalTo(1))
                .body("questionnaire.scaleMax", equalTo(4))
                .body("questionnaire.items", hasSize(9))
                .body("questionnaire.items[0].code", equalTo("U1"))
                .body("questionnaire.items[0].labels", hasSize(4))
                .body("questionnaire.items.code", hasItem("U9"))
                .body("respondents", nullValue())
                .body("formToken", nullValue())
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain(token)
                .doesNotContain(unit.toString())
                .doesNotContain("createdBy");
    }

    @Test
    void shouldAnswer404ForRotatedTokenAndSayClosed() {
        UUID unit = unit();
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        String old = SurveyFixtures.formToken(campaign);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/form-token")
                .then()
                .statusCode(200);
        given().when()
                .get("/api/v1/survey/forms/" + old)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString(old)));
        String current = SurveyFixtures.formToken(campaign);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/close")
                .then()
                .statusCode(200);
        given().when()
                .get("/api/v1/survey/forms/" + current)
                .then()
                .statusCode(200)
                .body("open", equalTo(false));
    }

    /** A unit in the replica; a first test of the JVM waits for the consumer to join its group. */
    private static UUID unit() {
        UUID id = UUID.randomUUID();
        SurveyFixtures.publishUnit(id, 1, "Puskesmas " + id.toString().substring(0, 8), "73.09", true);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(DevTokens.admin())
                                .get("/api/v1/survey/units/" + id)
                                .statusCode()
                        == 200);
        return id;
    }

    @Test
    void shouldRejectMalformedTokenNamingTheField() {
        given().when()
                .get("/api/v1/survey/forms/not a token!")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("formToken"));
    }
}
