package id.rapor.survey.saran;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Saran/kritik: the vocabulary, the one-way status, category, reply and note, the audit trail and who may act. */
@QuarkusTest
@RaporQuarkusTest
class SaranTest {

    private record Fixture(UUID unit, String campaign, long saranId) {}

    private static Fixture fixture() {
        UUID unit = SurveyFixtures.unit("73.14");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> row = SurveyFixtures.response("s-" + i, SurveyFixtures.uniform(9, 3));
            if (i > 0) {
                row.put("suggestion", "Antrean panjang " + i);
            }
            rows.add(row);
        }
        SurveyFixtures.batch(campaign, rows);
        JsonPath list = list(DevTokens.operator(unit), campaign, "");
        assertThat(list.getLong("total")).isEqualTo(2);
        assertThat(list.getList("items.status")).containsOnly("baru");
        long id = list.getLong("items.find { it.responseId == 's-1' }.id");
        return new Fixture(unit, campaign, id);
    }

    private static JsonPath list(String token, String campaign, String query) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/survey/campaigns/" + campaign + "/saran" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String saranPath(Fixture f) {
        return "/api/v1/survey/campaigns/" + f.campaign() + "/saran/" + f.saranId();
    }

    private static ValidatableResponse status(String token, Fixture f, String status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .when()
                .post(saranPath(f) + "/status")
                .then();
    }

    private static ValidatableResponse update(String token, Fixture f, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(saranPath(f))
                .then();
    }

    @Test
    void shouldServeTheCategoryVocabularyAsUnconfirmedData() {
        JsonPath categories = given().when()
                .get("/api/v1/survey/saran-categories")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(categories.getList("code")).contains("WAKTU", "PERILAKU", "LAINNYA");
        assertThat(categories.getList("confirmed")).containsOnly(false);
    }

    @Test
    void shouldMoveStatusOneStepAtATimeAndNeverBack() {
        Fixture f = fixture();
        String operator = DevTokens.operator(f.unit());

        status(operator, f, "selesai").statusCode(409).contentType("application/problem+json");
        status(operator, f, "kelar")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        status(operator, f, "baru").statusCode(409);
        status(operator, f, "ditindaklanjuti").statusCode(200).body("saran.status", equalTo("ditindaklanjuti"));
        status(operator, f, "ditindaklanjuti").statusCode(409);
        status(DevTokens.evaluator("73"), f, "SELESAI").statusCode(200).body("saran.status", equalTo("selesai"));
        status(operator, f, "ditindaklanjuti").statusCode(409);
        status(operator, f, "baru").statusCode(409);

        assertThat(list(operator, f.campaign(), "?status=selesai").getList("items.id", Long.class))
                .containsExactly(f.saranId());
        assertThat(list(operator, f.campaign(), "?status=baru").getLong("total"))
                .isEqualTo(1);
    }

    @Test
    void shouldCategoriseReplyAndNoteWithAnAuditOfWhoChangedWhat() {
        Fixture f = fixture();
        String operator = DevTokens.operator(f.unit());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "WAKTU");
        body.put("reply", "Terima kasih, loket ketiga dibuka mulai Senin.");
        JsonPath updated = update(operator, f, body).statusCode(200).extract().jsonPath();
        assertThat(updated.getString("saran.category")).isEqualTo("WAKTU");
        assertThat(updated.getString("saran.categoryLabel")).isEqualTo("Waktu penyelesaian");
        assertThat(updated.getLong("saran.version")).isEqualTo(1);
        assertThat(updated.getString("saran.text")).isEqualTo("Antrean panjang 1");
        assertThat(updated.getList("audit.field")).containsExactly("category", "reply");
        assertThat(updated.getList("audit.newValue"))
                .containsExactly("WAKTU", "Terima kasih, loket ketiga dibuka mulai Senin.");
        assertThat(updated.getList("audit.actor")).doesNotContainNull().hasSize(2);
        assertThat(updated.getList("audit.at")).doesNotContainNull();

        update(DevTokens.evaluator("73.14"), f, Map.of("note", "Diteruskan ke Kepala Puskesmas", "category", "SARANA"))
                .statusCode(200)
                .body("saran.note", equalTo("Diteruskan ke Kepala Puskesmas"))
                .body("saran.version", equalTo(2))
                .body("audit[2].oldValue", equalTo("WAKTU"))
                .body("audit[2].newValue", equalTo("SARANA"));
        update(operator, f, Map.of("category", "BUKAN")).statusCode(400).body("errors[0].field", equalTo("category"));
        update(operator, f, Map.of("note", "basi", "expectedVersion", 1)).statusCode(409);

        JsonPath detail = given().auth()
                .oauth2(operator)
                .when()
                .get(saranPath(f))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(detail.getList("audit")).hasSize(4);
        assertThat(detail.getString("saran.note")).isEqualTo("Diteruskan ke Kepala Puskesmas");
        assertThat(list(operator, f.campaign(), "?category=SARANA").getLong("total"))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseThoseWhoDoNotManageTheUnit() {
        Fixture f = fixture();
        for (String token :
                List.of(DevTokens.operator(UUID.randomUUID()), DevTokens.evaluator("74"), DevTokens.viewer())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/survey/campaigns/" + f.campaign() + "/saran")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            status(token, f, "ditindaklanjuti").statusCode(403);
            update(token, f, Map.of("reply", "x")).statusCode(403);
        }
        given().when()
                .get("/api/v1/survey/campaigns/" + f.campaign() + "/saran")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/survey/campaigns/" + f.campaign() + "/saran/999999999")
                .then()
                .statusCode(404);
        // nothing was changed by the refused calls
        assertThat(list(DevTokens.admin(), f.campaign(), "?status=baru").getLong("total"))
                .isEqualTo(2);
    }
}
