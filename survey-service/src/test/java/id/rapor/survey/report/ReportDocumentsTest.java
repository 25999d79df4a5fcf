package id.rapor.survey.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Laporan SKM and the Pengolahan workbook of a campaign with known answers, read back (PDFBox text extraction,
 * Apache POI) and compared with the results API: IKM, mutu, NRR per unsur and respondents. Pages of the report are
 * rendered to PNG under {@code target/report-artifacts/} to look at.
 *
 * <p>The answers: 24 respondents whose answers total 763 over the nine unsur (the first 115 cells, row-major, are 4,
 * the rest 3), so IKM = 25·763/216 = 88.3101… → 88.31, mutu A; U1 sums to 85 (NRR 3.54), U9 to 84 (NRR 3.50).
 * Jenis layanan: 15 KTP-el, 6 Kartu Keluarga, 3 Akta Kelahiran (below the minimum group size of 5; merged with the
 * smallest shown group so that the hidden remainder is not below it either).
 */
@QuarkusTest
@RaporQuarkusTest
class ReportDocumentsTest {

    private static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    private static List<Map<String, Object>> knownAnswers() {
        List<Map<String, Object>> rows = SurveyFixtures.respondentsWithTotal(24, 9, 763);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(rows.get(i));
            row.put("serviceUsed", i < 15 ? "KTP-el" : i < 21 ? "Kartu Keluarga" : "Akta Kelahiran");
            row.put("gender", i % 3 == 0 ? "L" : "P");
            rows.set(i, row);
        }
        return rows;
    }

    private static Map<String, Object> signatory(String name, String nip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("nip", nip);
        body.put("position", "Kepala Bagian Organisasi Setda Kabupaten Jeneponto");
        body.put("place", "Jeneponto");
        return body;
    }

    @Test
    void shouldPrintTheLaporanSkmAndPengolahanWithTheApisNumbers() throws Exception {
        UUID unit = SurveyFixtures.unit("73.04");
        // the unit's jenis layanan, as its managers keep them (free text outside them would count as "Lainnya")
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(Map.of("values", List.of("KTP-el", "Kartu Keluarga", "Akta Kelahiran")))
                .put("/api/v1/survey/units/" + unit + "/vocabulary/serviceUsed")
                .then()
                .statusCode(200);
        String earlier = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2025-S2", null);
        SurveyFixtures.batch(earlier, SurveyFixtures.respondentsWithTotal(10, 9, 270)); // every answer 3: 75.00
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", 100L);
        assertThat(SurveyFixtures.batch(campaign, knownAnswers())).isEqualTo(24);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(signatory("Drs. Andi Baso Makkawaru, M.Si.", "19700101 199001 1 001"))
                .put("/api/v1/survey/regions/73.04/report-signatory")
                .then()
                .statusCode(200)
                .body("nip", equalTo("197001011990011001"));

        JsonPath api = given().auth()
                .oauth2(DevTokens.admin())
                .get("/api/v1/survey/units/" + unit + "/result?period=2026-S1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(api.getFloat("ikmKonversi")).isEqualTo(88.31f);
        assertThat(api.getString("mutu")).isEqualTo("A");

        byte[] pdf = given().auth()
                .oauth2(DevTokens.admin())
                .get("/api/v1/survey/units/" + unit + "/reports/skm?period=2026-S1")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("laporan-skm.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertThat(text)
                    .contains("LAPORAN HASIL", "SURVEI KEPUASAN MASYARAKAT (SKM)")
                    .contains("Indeks Kepuasan Masyarakat : " + indonesian(api.getString("ikmKonversi"), 2))
                    .contains("Mutu pelayanan : A (Sangat Baik)")
                    .contains("Jumlah responden : " + api.getInt("respondents"))
                    .contains("IKM unit pelayanan = IKM x 25 " + indonesian(api.getString("ikmKonversi"), 2))
                    .contains("Sampel minimum (Krejcie-Morgan) 80")
                    .contains("Selang kepercayaan 95% : " + indonesian(api.getString("interval.lower"), 2) + " - "
                            + indonesian(api.getString("interval.upper"), 2) + " (± "
                            + indonesian(api.getString("interval.halfWidth"), 2) + ")");
            List<String> lines = text.lines().toList();
            for (int i = 0; i < 9; i++) {
                String code = api.getString("items[" + i + "].code");
                String numbers = " " + api.getInt("items[" + i + "].sum") + " " + api.getInt("items[" + i + "].count")
                        + " " + indonesian(api.getString("items[" + i + "].nrr"), 2) + " 1/9 "
                        + indonesian(api.getString("items[" + i + "].weightedNrr"), 4);
                // a long unsur name wraps inside its cell; the numbers share the row's first line
                assertThat(lines)
                        .as("unsur row " + code)
                        .anyMatch(line -> line.startsWith(code + " ") && line.endsWith(numbers));
            }
            // jenis layanan: the group of 3 is below the privacy floor, and so would be what the table does not show
            // (24 - 15 - 6 = 3), so the smallest shown group joins it: KTP-el 15 and "Lainnya (digabung)" 9
            assertThat(text)
                    .contains("KTP-el 15 62,5%", "Lainnya (digabung) 9 37,5%")
                    .doesNotContain("Akta Kelahiran", "Kartu Keluarga");
            // trend: the earlier semester at 75,00 (C), then this one
            assertThat(text).contains("2025-S2 10 75,00 C", "2026-S1 24 88,31 A");
            assertThat(text).contains("Drs. Andi Baso Makkawaru, M.Si.", "NIP. 19700101 199001 1 001");
            assertThat(text).contains("RENCANA TINDAK LANJUT", "Program / kegiatan");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < Math.min(doc.getNumberOfPages(), 6); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72);
                ImageIO.write(
                        image,
                        "png",
                        ARTIFACTS
                                .resolve("laporan-skm-page-" + (page + 1) + ".png")
                                .toFile());
            }
            assertThat(ARTIFACTS.resolve("laporan-skm-page-1.png")).exists();
        }

        byte[] xlsx = given().auth()
                .oauth2(DevTokens.evaluator("73.04"))
                .get("/api/v1/survey/units/" + unit + "/reports/pengolahan?period=2026-S1")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        Files.write(ARTIFACTS.resolve("pengolahan-skm.xlsx"), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Pengolahan");
            int dataRows = 0;
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.NUMERIC) {
                    break;
                }
                dataRows++;
            }
            assertThat(dataRows).isEqualTo(api.getInt("respondents"));
            Row sums = rowLabelled(sheet, "Jumlah nilai per unsur");
            Row counts = rowLabelled(sheet, "Jumlah jawaban per unsur");
            Row nrr = rowLabelled(sheet, "NRR per unsur");
            for (int i = 0; i < 9; i++) {
                assertThat(sums.getCell(4 + i).getCellFormula()).startsWith("SUM(");
                assertThat((long) sums.getCell(4 + i).getNumericCellValue())
                        .isEqualTo(api.getLong("items[" + i + "].sum"));
                assertThat((long) counts.getCell(4 + i).getNumericCellValue())
                        .isEqualTo(api.getLong("items[" + i + "].count"));
                assertThat(round(nrr.getCell(4 + i).getNumericCellValue(), 2))
                        .isEqualByComparingTo(api.getString("items[" + i + "].nrr"));
            }
            Cell ikm = rowLabelled(sheet, "IKM (skala 1-4) = jumlah NRR tertimbang")
                    .getCell(4);
            Cell rounded = rowLabelled(sheet, "IKM unit pelayanan (dibulatkan 2 desimal)")
                    .getCell(4);
            Cell mutu = rowLabelled(sheet, "Mutu pelayanan").getCell(4);
            assertThat(round(ikm.getNumericCellValue(), 4)).isEqualByComparingTo(api.getString("ikm"));
            assertThat(rounded.getCellFormula()).startsWith("ROUND(");
            assertThat(round(rounded.getNumericCellValue(), 2)).isEqualByComparingTo(api.getString("ikmKonversi"));
            assertThat(mutu.getStringCellValue()).isEqualTo(api.getString("mutu"));
            assertThat(rowLabelled(sheet, "IKM (skala 1-4) sebagai pecahan eksak")
                            .getCell(4)
                            .getStringCellValue())
                    .isEqualTo(api.getString("ikmExact"));
            // a reviewer recomputing every formula gets the same published IKM and mutu
            XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(round(evaluator.evaluate(rounded).getNumberValue(), 2))
                    .isEqualByComparingTo(api.getString("ikmKonversi"));
            assertThat(evaluator.evaluate(mutu).getStringValue()).isEqualTo(api.getString("mutu"));
        }
    }

    @Test
    void shouldLetOnlyTheUnitsManagersReadTheReportAndOnlyReviewersTheWorkbook() {
        UUID unit = SurveyFixtures.unit("73.04");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(6, 9, 162));
        String skm = "/api/v1/survey/units/" + unit + "/reports/skm?period=2026-S1";
        String workbook = "/api/v1/survey/units/" + unit + "/reports/pengolahan?period=2026-S1";

        given().auth().oauth2(DevTokens.operator(unit)).get(skm).then().statusCode(200);
        given().auth().oauth2(DevTokens.evaluator("73")).get(skm).then().statusCode(200);
        given().auth().oauth2(DevTokens.evaluator("64")).get(skm).then().statusCode(403);
        given().auth()
                .oauth2(DevTokens.operator(UUID.randomUUID()))
                .get(skm)
                .then()
                .statusCode(403);
        given().auth().oauth2(DevTokens.viewer()).get(skm).then().statusCode(403);
        given().get(skm).then().statusCode(401);

        given().auth().oauth2(DevTokens.admin()).get(workbook).then().statusCode(200);
        given().auth().oauth2(DevTokens.operator(unit)).get(workbook).then().statusCode(403);
        given().auth().oauth2(DevTokens.evaluator("64")).get(workbook).then().statusCode(403);

        given().auth()
                .oauth2(DevTokens.admin())
                .get("/api/v1/survey/units/" + unit + "/reports/skm?period=2026-S3")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
        given().auth()
                .oauth2(DevTokens.admin())
                .get("/api/v1/survey/units/" + unit + "/reports/skm?period=2024")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAuditSignatoriesAndPreferTheUnitsOwnOverItsRegions() {
        UUID unit = SurveyFixtures.unit("73.04");
        String unitPath = "/api/v1/survey/units/" + unit + "/report-signatory";
        given().auth().oauth2(DevTokens.admin()).get(unitPath).then().statusCode(404);
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(signatory("H. Provinsi", null))
                .put("/api/v1/survey/regions/73/report-signatory")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .get(unitPath)
                .then()
                .statusCode(200)
                .body("scope", equalTo("REGION:73"));
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(signatory("Kepala Unit", "198501012010012002"))
                .put(unitPath)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(signatory("Kepala Unit Baru", "198501012010012003"))
                .put(unitPath)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(DevTokens.admin())
                .get(unitPath)
                .then()
                .statusCode(200)
                .body("scope", equalTo("UNIT:" + unit))
                .body("name", equalTo("Kepala Unit Baru"));
        given().auth()
                .oauth2(DevTokens.admin())
                .get(unitPath + "/audit")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].before", equalTo(null))
                .body("[1].before.name", equalTo("Kepala Unit"))
                .body("[1].after.name", equalTo("Kepala Unit Baru"))
                .body("[1].actor", equalTo("operator-" + unit));

        // refusals: a bad NIP names its field; an operator cannot set a region's; another province cannot either
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(signatory("X", "12345"))
                .put(unitPath)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("nip"));
        given().auth()
                .oauth2(DevTokens.operator(unit))
                .contentType(ContentType.JSON)
                .body(signatory("X", null))
                .put("/api/v1/survey/regions/73.04/report-signatory")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .contentType(ContentType.JSON)
                .body(signatory("X", null))
                .put(unitPath)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(signatory("X", null))
                .put("/api/v1/survey/regions/73.04.01/report-signatory")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    private static java.math.BigDecimal round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
    }

    /** The API's decimal as the report prints it: the given decimals, decimal comma. */
    private static String indonesian(String apiValue, int decimals) {
        return new java.math.BigDecimal(apiValue)
                .setScale(decimals, java.math.RoundingMode.UNNECESSARY)
                .toPlainString()
                .replace('.', ',');
    }
}
