package id.rapor.assessment.beritaacara;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The berita acara of a finalised PEKPPP cycle, read back: its number, the lokus with its verified IPP, the
 * evaluator and the region's registered signatories; the SHA-256 stored at issue is the bytes' hash; numbers follow
 * each other within the year; only readers of the cycle get it, and only once it is final.
 */
@QuarkusTest
@RaporQuarkusTest
class BeritaAcaraTest {

    private static final String BASE = "/api/v1/assessment/assessments/";
    private static final String SIGNATORIES = "/api/v1/assessment/regions/73/berita-acara-signatories";

    @Inject
    DataSource dataSource;

    @Test
    void shouldIssueANumberedBeritaAcaraWithLokusResultsEvaluatorsAndSignatories() throws Exception {
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "signatories",
                        List.of(
                                Map.of(
                                        "name", "Drs. Andi Baso Makkawaru, M.Si.",
                                        "nip", "197001011990011001",
                                        "jabatan", "Kepala Biro Organisasi"),
                                Map.of("name", "Hj. Nurhayati, S.Sos.", "jabatan", "Ketua Tim Evaluator"))))
                .put(SIGNATORIES)
                .then()
                .statusCode(200)
                .body("[0].position", equalTo(1))
                .body("[1].name", equalTo("Hj. Nurhayati, S.Sos."));

        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        JsonPath verified = verify(cycle, unit, id);
        // not final yet: no berita acara
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .get(cyclePath(cycle))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));

        Fixtures.phase(cycle, "FINAL");
        Response first = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .get(cyclePath(cycle))
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .response();
        byte[] pdf = first.asByteArray();
        String number = first.header("Rapor-Document-Number");
        assertThat(number).matches("BA-\\d{3}/PEKPPP/2026");
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(storedHash(cycle)).isEqualTo(sha256);
        assertThat(first.header("Rapor-Document-SHA256")).isEqualTo(sha256);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            // every indicator scored 3 in both tiers: IPP 3.00
            assertThat(new BigDecimal(verified.getString("result.value"))).isEqualByComparingTo("3.00");
            String unitName = given().auth()
                    .oauth2(DevTokens.admin())
                    .get("/api/v1/units/" + unit)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("name");
            assertThat(text)
                    .contains("BERITA ACARA")
                    .contains("Nomor: " + number)
                    .contains(unitName.substring(0, 13))
                    .contains("73.06 Terverifikasi 3,00 " + verified.getString("result.bandCode") + " ("
                            + verified.getString("result.bandLabel") + ")")
                    .contains("Andi Mappasessu, S.Sos. 19850712 201001 1 003")
                    .contains("Kepala Biro Organisasi")
                    .contains("Drs. Andi Baso Makkawaru, M.Si.")
                    .contains("NIP. 19700101 199001 1 001")
                    .contains("Ketua Tim Evaluator")
                    .contains("Hj. Nurhayati, S.Sos.");
        }

        // issued once: the same bytes again
        assertThat(given().auth()
                        .oauth2(DevTokens.admin())
                        .get(cyclePath(cycle))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(pdf);

        // the stored record cannot be rewritten
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("update berita_acara set sha256 = 'forged' where cycle_id = ?::uuid")) {
            ps.setString(1, cycle);
            org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate)
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("cannot change");
        }
        assertThat(storedHash(cycle)).isEqualTo(sha256);

        // the next cycle finalised this year takes the next number
        String other =
                Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(Fixtures.unit("73.06")));
        Fixtures.phase(other, "FINAL");
        int seq = Integer.parseInt(number.substring(3, 6));
        given().auth()
                .oauth2(DevTokens.viewer())
                .get(cyclePath(other))
                .then()
                .statusCode(200)
                .header("Rapor-Document-Number", equalTo(String.format("BA-%03d/PEKPPP/2026", seq + 1)));

        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .get(cyclePath(cycle))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(unit)))
                .get(cyclePath(cycle))
                .then()
                .statusCode(403);
        given().get(cyclePath(cycle)).then().statusCode(401);
    }

    @Test
    void shouldKeepTheSignatoryRegisterToTheRegionsEvaluatorsAndNameBadFields() {
        Map<String, Object> body = Map.of(
                "signatories", List.of(Map.of("name", "Andi", "nip", "123", "jabatan", "Kepala Biro Organisasi")));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(body)
                .put(SIGNATORIES)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("nip"));
        Map<String, Object> valid =
                Map.of("signatories", List.of(Map.of("name", "Andi", "jabatan", "Kepala Biro Organisasi")));
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(valid)
                .put(SIGNATORIES)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(valid)
                .put(SIGNATORIES)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .get(SIGNATORIES)
                .then()
                .statusCode(403);
        given().get(SIGNATORIES).then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .get("/api/v1/assessment/regions/nope/berita-acara-signatories")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
    }

    private static String cyclePath(String cycle) {
        return "/api/v1/assessment/cycles/" + cycle + "/berita-acara";
    }

    private String storedHash(String cycle) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select sha256 from berita_acara where cycle_id = ?::uuid")) {
            ps.setString(1, cycle);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** Answers, submits, scores both tiers and verifies the unit's assessment; the verification's answer. */
    private static JsonPath verify(String cycle, String unit, String id) {
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 30)))
                .put(BASE + id + "/answers")
                .then()
                .statusCode(200);
        given().auth().oauth2(operator).post(BASE + id + "/submit").then().statusCode(200);
        Fixtures.phase(cycle, "EVALUATION");
        for (String tier : List.of("KABKOTA", "PROVINSI")) {
            given().auth()
                    .oauth2(DevTokens.evaluator("73"))
                    .contentType(ContentType.JSON)
                    .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                    .put(BASE + id + "/tiers/" + tier + "/scores")
                    .then()
                    .statusCode(200);
        }
        return given().auth()
                .oauth2(DevTokens.evaluator("73", "Andi Mappasessu, S.Sos.", "198507122010011003"))
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
