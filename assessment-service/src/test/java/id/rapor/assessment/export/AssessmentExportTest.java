package id.rapor.assessment.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.assessment.Fixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Assessments with indicator scores and evidence links as CSV and XLSX, in the caller's scope. */
@QuarkusTest
@RaporQuarkusTest
class AssessmentExportTest {

    private static final String EXPORT = "/api/v1/assessment/assessments/export";

    @Test
    void shouldExportIndicatorScoresAndEvidenceInScope() throws Exception {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 30)))
                .when()
                .put("/api/v1/assessment/assessments/" + id + "/answers")
                .then()
                .statusCode(200);

        List<String> lines = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("cycleId", cycle)
                .when()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString()
                .lines()
                .toList();
        assertThat(lines).hasSize(31);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header)
                .containsExactly(AssessmentExportService.COLUMNS.stream()
                        .map(c -> c.name())
                        .toArray(String[]::new));
        String first = lines.stream()
                .filter(l -> l.contains("," + codes.get(0) + ","))
                .findFirst()
                .orElseThrow();
        String[] cells = first.split(",", -1);
        assertThat(cells[header.indexOf("assessment_id")]).isEqualTo(id);
        assertThat(cells[header.indexOf("score_mandiri")]).isEqualTo("4");
        assertThat(cells[header.indexOf("score_kabkota")]).isEmpty();
        assertThat(cells[header.indexOf("evidence_links")]).isEqualTo("bukti: https://bukti.example/" + codes.get(0));
        assertThat(cells[header.indexOf("year")]).isEqualTo("2026");
        assertThat(Instant.parse(cells[header.indexOf("updated_at")])).isBeforeOrEqualTo(Instant.now());

        // the unit's operator sees its own; another province's evaluator sees none of it
        assertThat(given().auth()
                        .oauth2(operator)
                        .when()
                        .get(EXPORT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines()
                        .filter(l -> l.startsWith(id)))
                .hasSize(30);
        assertThat(given().auth()
                        .oauth2(DevTokens.evaluator("74"))
                        .queryParam("cycleId", cycle)
                        .when()
                        .get(EXPORT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .hasSize(1);
        // an increment after now is empty
        assertThat(given().auth()
                        .oauth2(DevTokens.admin())
                        .queryParam("cycleId", cycle)
                        .queryParam(
                                "updatedSince", Instant.now().plusSeconds(60).toString())
                        .when()
                        .get(EXPORT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .hasSize(1);

        byte[] xlsx = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("cycleId", cycle)
                .queryParam("format", "xlsx")
                .when()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(30);
            var score = sheet.getRow(1).getCell(header.indexOf("score_mandiri"));
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getNumericCellValue()).isEqualTo(4d);
        }
    }

    @Test
    void shouldNotSkipAnAssessmentWhoseTransactionStartedFirstAndCommittedLast() throws Exception {
        String slowUnit = Fixtures.unit("73.06");
        String fastUnit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(slowUnit, fastUnit));
        String slow = Fixtures.assessmentOf(cycle, slowUnit);
        String fast = Fixtures.assessmentOf(cycle, fastUnit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        answer(fastUnit, fast, codes, 4);
        answer(slowUnit, slow, codes, 4);

        io.restassured.response.Response first = export(cycle, null);
        String cursor = first.header("Rapor-Next-Cursor");
        assertThat(cursor).isNotBlank();
        assertThat(assessmentsIn(first.asString())).containsExactlyInAnyOrder(slow, fast);

        String held;
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            // the late transaction takes its id first, changes the slow assessment, and is still open when the
            // fast one commits
            try (PreparedStatement start = late.prepareStatement("select pg_current_xact_id()")) {
                start.executeQuery().close();
            }
            try (PreparedStatement touch = late.prepareStatement(
                    "update assessment set version = version + 1, updated_at = now() where id = ?::uuid")) {
                touch.setString(1, slow);
                assertThat(touch.executeUpdate()).isEqualTo(1);
            }
            answer(fastUnit, fast, codes, 3);

            // the increment in between: the fast change is committed, yet held back behind the open transaction
            io.restassured.response.Response between = export(cycle, cursor);
            assertThat(assessmentsIn(between.asString())).isEmpty();
            held = between.header("Rapor-Next-Cursor");
            late.commit();
        }

        // the next increment carries both, the late one although its time is older than the fast change
        List<String> next = new java.util.ArrayList<>();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> {
                    next.clear();
                    next.addAll(assessmentsIn(export(cycle, held).asString()));
                    assertThat(next).containsExactlyInAnyOrder(slow, fast);
                });
        // the late transaction took its id first, so its change comes first
        assertThat(next.get(0)).isEqualTo(slow);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private static void answer(String unit, String assessment, List<String> codes, int value) {
        given().auth()
                .oauth2(DevTokens.operator(UUID.fromString(unit)))
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(value, 30)))
                .when()
                .put("/api/v1/assessment/assessments/" + assessment + "/answers")
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.Response export(String cycle, String cursor) {
        var request = given().auth().oauth2(DevTokens.admin()).queryParam("cycleId", cycle);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.when().get(EXPORT).then().statusCode(200).extract().response();
    }

    /** The assessments of a CSV export, each once, in the order their rows come. */
    private static List<String> assessmentsIn(String csv) {
        return csv.lines()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .distinct()
                .toList();
    }

    @Test
    void shouldRefuseOutOfScopeRequestsAndNameBadParameters() {
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .when()
                .get(EXPORT)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        String unit = Fixtures.unit("73.06");
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .queryParam("unitId", unit)
                .when()
                .get(EXPORT)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.evaluator("74"))
                .queryParam("region", "73")
                .when()
                .get(EXPORT)
                .then()
                .statusCode(403);
        given().when().get(EXPORT).then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("status", "NOPE")
                .queryParam("updatedSince", "kemarin")
                .when()
                .get(EXPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "updatedSince"));
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("format", "pdf")
                .when()
                .get(EXPORT)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
