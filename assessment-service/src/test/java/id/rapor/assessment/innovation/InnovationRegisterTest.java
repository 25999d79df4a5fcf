package id.rapor.assessment.innovation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The innovation register: the unit's operator registers and moves its innovations one stage at a time, evaluators
 * of the region verify, others are refused, and a region's one-agency-one-innovation coverage is counted.
 */
@QuarkusTest
@RaporQuarkusTest
class InnovationRegisterTest {

    private static Map<String, Object> body(String name, int year, String stage) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("innovator", "Seksi Pelayanan");
        body.put("year", year);
        body.put("jenis", "non_digital");
        body.put("bentuk", "pelayanan_publik");
        if (stage != null) {
            body.put("stage", stage);
        }
        if ("penerapan".equals(stage)) {
            body.put("trialDate", year + "-02-01");
            body.put("implementedDate", year + "-05-02");
        }
        return body;
    }

    private static ValidatableResponse register(String token, String unit, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/assessment/units/" + unit + "/innovations")
                .then();
    }

    private static ValidatableResponse update(String token, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/assessment/innovations/" + id)
                .then();
    }

    private static ValidatableResponse read(String token, String id) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/assessment/innovations/" + id)
                .then();
    }

    private static ValidatableResponse verify(String token, String id) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("verified", true, "note", "SK dan foto layanan sesuai"))
                .when()
                .post("/api/v1/assessment/innovations/" + id + "/verification")
                .then();
    }

    private static String operator(String unit) {
        return DevTokens.operator(UUID.fromString(unit));
    }

    @Test
    void shouldRegisterAndMoveAnInnovationOneStageAtATime() {
        String unit = Fixtures.unit("52.71");
        String op = operator(unit);
        Map<String, Object> b = body("Jemput bola KTP-el", 2026, null);
        b.put("competitionTier", "provinsi");
        b.put("evidence", List.of(Map.of("label", "SK penerapan", "url", "https://bukti.example/sk.pdf")));
        String id = register(op, unit, b)
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/assessment/innovations/"))
                .extract()
                .path("id");
        JsonPath created = read(op, id).statusCode(200).extract().jsonPath();
        assertThat(created.getString("stage")).isEqualTo("inisiatif");
        assertThat(created.getString("unitId")).isEqualTo(unit);
        assertThat(created.getString("regionCode")).isEqualTo("52.71");
        assertThat(created.getString("competitionTier.code")).isEqualTo("PROVINSI");
        assertThat(created.getBoolean("competitionTier.confirmed")).isTrue();
        assertThat(created.getInt("competitionYear")).isEqualTo(2026);
        assertThat(created.getString("evidence[0].url")).isEqualTo("https://bukti.example/sk.pdf");
        assertThat(created.getLong("version")).isEqualTo(1);
        assertThat(created.<Object>get("verified")).isNull();

        // the province's evaluator reads it; the kab/kota tier says it is unconfirmed
        read(DevTokens.evaluator("52"), id).statusCode(200).body("name", equalTo("Jemput bola KTP-el"));
        Map<String, Object> kab = body("Jemput bola KTP-el", 2026, null);
        kab.put("competitionTier", "KAB_KOTA");
        update(op, id, kab)
                .statusCode(200)
                .body("competitionTier.confirmed", equalTo(false))
                .body("competitionTier.reason", org.hamcrest.Matchers.notNullValue())
                .body("evidence.size()", equalTo(0));

        // skipping uji coba is refused naming stage
        update(op, id, body("Jemput bola KTP-el", 2026, "penerapan"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stage"));
        Map<String, Object> trial = body("Jemput bola KTP-el", 2026, "uji_coba");
        trial.put("trialDate", "2026-02-01");
        trial.put("expectedVersion", 2);
        update(op, id, trial).statusCode(200).body("stage", equalTo("uji_coba")).body("version", equalTo(3));
        // going back is refused, and so is a stale version
        update(op, id, body("Jemput bola KTP-el", 2026, "inisiatif"))
                .statusCode(409)
                .body("errors[0].field", equalTo("stage"));
        update(op, id, trial).statusCode(409);
        // penerapan needs its date
        Map<String, Object> implemented = body("Jemput bola KTP-el", 2026, "uji_coba");
        implemented.put("stage", "penerapan");
        update(op, id, implemented).statusCode(422).body("errors[0].field", equalTo("implementedDate"));
        implemented.put("trialDate", "2026-02-01");
        implemented.put("implementedDate", "2026-05-02");
        update(op, id, implemented)
                .statusCode(200)
                .body("stage", equalTo("penerapan"))
                .body("implementedDate", equalTo("2026-05-02"));
        // staying in penerapan is allowed; nothing lies beyond
        update(op, id, implemented).statusCode(200).body("version", equalTo(5));

        // the operator does not verify; the kab/kota's evaluator does
        verify(op, id).statusCode(403);
        verify(DevTokens.evaluator("52.71"), id)
                .statusCode(200)
                .body("verified", equalTo(true))
                .body("verificationNote", equalTo("SK dan foto layanan sesuai"));

        List<String> actions = given().auth()
                .oauth2(DevTokens.evaluator("52"))
                .when()
                .get("/api/v1/assessment/innovations/" + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("action");
        assertThat(actions)
                .containsExactly(
                        "INNOVATION_REGISTERED",
                        "INNOVATION_UPDATED",
                        "INNOVATION_UPDATED",
                        "INNOVATION_UPDATED",
                        "INNOVATION_UPDATED",
                        "INNOVATION_VERIFIED");
        given().auth()
                .oauth2(op)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/assessment/units/" + unit + "/innovations")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(id)));
    }

    @Test
    void shouldRefuseOtherUnitsOperatorAndOtherProvincesEvaluator() {
        String unit = Fixtures.unit("52.71");
        String other = Fixtures.unit("52.71");
        String id = register(operator(unit), unit, body("Layanan antar akta", 2026, null))
                .statusCode(201)
                .extract()
                .path("id");

        register(operator(other), unit, body("Bukan milik saya", 2026, null))
                .statusCode(403)
                .contentType("application/problem+json");
        update(operator(other), id, body("Diubah orang lain", 2026, null)).statusCode(403);
        read(operator(other), id).statusCode(403);
        read(DevTokens.evaluator("61"), id).statusCode(403);
        verify(DevTokens.evaluator("61"), id).statusCode(403);
        // an evaluator reads and verifies but does not register
        register(DevTokens.evaluator("52"), unit, body("Dari evaluator", 2026, null))
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("61"))
                .when()
                .get("/api/v1/assessment/units/" + unit + "/innovations")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body("Anonim", 2026, null))
                .when()
                .post("/api/v1/assessment/units/" + unit + "/innovations")
                .then()
                .statusCode(401);
        // the admin registers anywhere
        register(DevTokens.admin(), unit, body("Dari admin", 2026, null)).statusCode(201);
        read(DevTokens.evaluator("52"), id).statusCode(200).body("verified", nullValue());
    }

    @Test
    void shouldRejectBadInputNamingTheField() {
        String unit = Fixtures.unit("52.71");
        String other = Fixtures.unit("52.01");
        String op = operator(unit);

        Map<String, Object> noName = body("x", 2026, null);
        noName.remove("name");
        register(op, unit, noName).statusCode(400).body("errors.field", hasItem("name"));
        register(op, unit, body("Inovasi", 1999, null)).statusCode(400).body("errors.field", hasItem("year"));
        Map<String, Object> analog = body("Inovasi", 2026, null);
        analog.put("jenis", "analog");
        register(op, unit, analog).statusCode(400).body("errors.field", hasItem("jenis"));
        register(op, unit, body("Inovasi", 2026, "replikasi"))
                .statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        Map<String, Object> badLink = body("Inovasi", 2026, null);
        badLink.put("evidence", List.of(Map.of("label", "SK", "url", "ftp://bukti")));
        register(op, unit, badLink)
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("url"));
        Map<String, Object> unknownTier = body("Inovasi", 2026, null);
        unknownTier.put("competitionTier", "TOP_1000");
        register(op, unit, unknownTier).statusCode(400).body("errors[0].field", equalTo("competitionTier"));
        // KIPP had a Top 40, not a Top 45, in 2017
        Map<String, Object> wrongYear = body("Inovasi", 2017, null);
        wrongYear.put("competitionTier", "KIPP_TOP_45");
        register(op, unit, wrongYear).statusCode(400).body("errors[0].field", equalTo("competitionTier"));
        wrongYear.put("competitionTier", "KIPP_TOP_40");
        register(op, unit, wrongYear).statusCode(201).body("competitionTier.yearTo", equalTo(2018));

        String own = register(op, unit, body("Asli", 2026, null))
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> self = body("Tiruan sendiri", 2026, null);
        self.put("replicatedFromId", own);
        register(op, unit, self).statusCode(400).body("errors[0].field", equalTo("replicatedFromId"));
        self.put("replicatedFromId", UUID.randomUUID().toString());
        register(operator(other), other, self).statusCode(400).body("errors[0].field", equalTo("replicatedFromId"));
        Map<String, Object> backwards = body("Inovasi", 2026, "penerapan");
        backwards.put("implementedDate", "2026-01-01");
        register(op, unit, backwards).statusCode(400).body("errors[0].field", equalTo("implementedDate"));
        given().auth()
                .oauth2(op)
                .when()
                .get("/api/v1/assessment/innovations/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldCountOneAgencyOneInnovationCoverageOfARegion() {
        // Lombok Tengah (52.02) is used by no other test: 4 units.
        String u1 = Fixtures.unit("52.02");
        String u2 = Fixtures.unit("52.02");
        String u3 = Fixtures.unit("52.02");
        Fixtures.unit("52.02");
        // 2026: u1 one in penerapan and one in inisiatif; u2 one in uji coba; u3 one in penerapan replicating u1's
        String original = register(operator(u1), u1, body("Antar jemput lansia", 2026, "penerapan"))
                .statusCode(201)
                .extract()
                .path("id");
        register(operator(u1), u1, body("Gagasan baru", 2026, null)).statusCode(201);
        Map<String, Object> trial = body("Uji coba antrean daring", 2026, "uji_coba");
        register(operator(u2), u2, trial).statusCode(201);
        Map<String, Object> replica = body("Antar jemput lansia (replikasi)", 2026, "penerapan");
        replica.put("replicatedFromId", original);
        register(operator(u3), u3, replica).statusCode(201);
        // 2025: u2 one in penerapan
        register(operator(u2), u2, body("Loket prioritas", 2025, "penerapan")).statusCode(201);

        read(operator(u1), original)
                .statusCode(200)
                .body("replications.size()", equalTo(1))
                .body("replications[0].unitId", equalTo(u3));

        // 2026: covered u1 and u3 of 4 units = 50.00 %; innovations 4 = 1 inisiatif + 1 uji coba + 2 penerapan
        JsonPath y2026 = summary(DevTokens.evaluator("52"), "52.02", 2026)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(y2026.getLong("units")).isEqualTo(4);
        assertThat(y2026.getLong("coveredUnits")).isEqualTo(2);
        assertThat(y2026.getDouble("coverage")).isEqualTo(50.0);
        assertThat(y2026.getLong("innovations")).isEqualTo(4);
        assertThat(y2026.getMap("perStage"))
                .containsEntry("inisiatif", 1)
                .containsEntry("uji_coba", 1)
                .containsEntry("penerapan", 2);
        assertThat(y2026.getLong("replications")).isEqualTo(1);
        assertThat(y2026.getString("rule.minStage")).isEqualTo("penerapan");
        assertThat(y2026.getBoolean("rule.confirmed")).isFalse();
        assertThat(y2026.getList("perUnit.covered")).containsExactlyInAnyOrder(true, true, false, false);

        // 2025: only u2, 1 of 4 = 25.00 %
        JsonPath y2025 = summary(DevTokens.admin(), "52.02", 2025)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(y2025.getLong("coveredUnits")).isEqualTo(1);
        assertThat(y2025.getDouble("coverage")).isEqualTo(25.0);
        assertThat(y2025.getLong("innovations")).isEqualTo(1);

        summary(DevTokens.evaluator("61"), "52.02", 2026).statusCode(403);
        summary(operator(u1), "52.02", 2026).statusCode(403);
        summary(DevTokens.admin(), "99.99", 2026).statusCode(404);
        given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get("/api/v1/assessment/regions/52.02/innovations/summary")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static ValidatableResponse summary(String token, String region, int year) {
        return given().auth()
                .oauth2(token)
                .queryParam("year", year)
                .when()
                .get("/api/v1/assessment/regions/" + region + "/innovations/summary")
                .then();
    }
}
