package id.rapor.assessment.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.assessment.Fixtures;
import id.rapor.documents.Formats;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PEKPPP result sheet of a verified assessment, read back: the IPP, its category, every aspect's final score,
 * the verifying evaluator and the date equal the assessment API's. Page 1 is kept as a PNG under
 * {@code target/report-artifacts/}.
 */
@QuarkusTest
@RaporQuarkusTest
class ResultSheetTest {

    private static final String BASE = "/api/v1/assessment/assessments/";

    @Test
    void shouldPrintTheVerifiedIppCategoryAspectsAndEvaluator() throws Exception {
        String unit = Fixtures.unit("73.06");
        String cycle = Fixtures.cycle(DevTokens.evaluator("73"), "PEKPPP", 2, "73", null, List.of(unit));
        String id = Fixtures.assessmentOf(cycle, unit);
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
        given().auth()
                .oauth2(DevTokens.evaluator("73.06"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                .put(BASE + id + "/tiers/KABKOTA/scores")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.MIXED))
                .put(BASE + id + "/tiers/PROVINSI/scores")
                .then()
                .statusCode(200);
        // the verifier's token carries name and NIP, as Keycloak's does with the profile scope and a nip mapper
        JsonPath api = given().auth()
                .oauth2(DevTokens.evaluator("73", "Andi Mappasessu, S.Sos.", "198507122010011003"))
                .post(BASE + id + "/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        byte[] pdf = given().auth()
                .oauth2(operator)
                .get(BASE + id + "/result-sheet")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        Path artifacts = Path.of("target", "report-artifacts");
        Files.createDirectories(artifacts);
        Files.write(artifacts.resolve("pekppp-result-sheet.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            String ipp = Formats.decimal(new BigDecimal(api.getString("result.value")));
            assertThat(text)
                    .contains("PENYELENGGARAAN PELAYANAN PUBLIK (PEKPPP)")
                    .contains("Indeks Pelayanan Publik (IPP) : " + ipp + " dari 5")
                    .contains("Kategori : " + api.getString("result.bandCode") + " ("
                            + api.getString("result.bandLabel") + "), zona " + api.getString("result.zone"))
                    .contains("Evaluator (verifikasi) : Andi Mappasessu, S.Sos. (NIP 198507122010011003)")
                    .contains("NIP 198507122010011003")
                    .contains("Tanggal verifikasi : " + Formats.date(LocalDate.now(ZoneId.of("Asia/Jakarta"))))
                    .contains("Indeks (jumlah tertimbang) 100 4,00 3,00 " + ipp);
            List<String> lines = text.lines().toList();
            for (int i = 0; i < 6; i++) {
                String code = api.getString("result.aspects[" + i + "].code");
                String score = Formats.decimal(new BigDecimal(api.getString("result.aspects[" + i + "].score")));
                assertThat(lines).as("aspect " + code).anyMatch(l -> l.startsWith(code + " ") && l.endsWith(score));
            }
            ImageIO.write(
                    new PDFRenderer(doc).renderImageWithDPI(0, 72),
                    "png",
                    artifacts.resolve("pekppp-result-sheet-page-1.png").toFile());
        }

        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .get(BASE + id + "/result-sheet")
                .then()
                .statusCode(403);
        given().get(BASE + id + "/result-sheet").then().statusCode(401);
        given().auth()
                .oauth2(DevTokens.admin())
                .get(BASE + UUID.randomUUID() + "/result-sheet")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
