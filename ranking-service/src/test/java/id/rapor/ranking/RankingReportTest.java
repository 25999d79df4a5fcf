package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The ranking report (PDF and XLSX) holds exactly the rows of the ranking API for the same filters. */
@QuarkusTest
@RaporQuarkusTest
class RankingReportTest {

    @Test
    void shouldPrintTheRankingRowsAsTheApiGivesThem() throws Exception {
        String p = Fixtures.freshProvince();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        // every unsur NRR 3.8, 3.5 and 3.0: IKM 95.00 (A), 87.50 (B), 75.00 (C)
        publish(
                unit(a, "Puskesmas Alfa", p + ".01"),
                unit(b, "Puskesmas Beta", p + ".01"),
                unit(c, "Puskesmas Gama", p + ".02"),
                Fixtures.skm(UUID.randomUUID(), 1, a, "2026-S1", 100, Fixtures.nine(380)),
                Fixtures.skm(UUID.randomUUID(), 1, b, "2026-S1", 100, Fixtures.nine(350)),
                Fixtures.skm(UUID.randomUUID(), 1, c, "2026-S1", 100, Fixtures.nine(300)));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.units("IKM", "2026-S1", p, null).getList("items"))
                                .hasSize(3));
        JsonPath api = Api.units("IKM", "2026-S1", p, null);

        byte[] pdf = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S1")
                .queryParam("region", p)
                .get("/api/v1/ranking/reports/units")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertThat(text).contains("INDEKS IKM PERIODE 2026-S1", "Zona : hijau");
            for (int i = 0; i < 3; i++) {
                String value = new BigDecimal(api.getString("items[" + i + "].value"))
                        .toPlainString()
                        .replace('.', ',');
                assertThat(text)
                        .contains(api.getInt("items[" + i + "].rank") + " " + api.getString("items[" + i + "].name")
                                + " PUSKESMAS " + api.getString("items[" + i + "].regionCode") + " " + value + " "
                                + api.getString("items[" + i + "].bandCode"));
                assertThat(text)
                        .contains(api.getInt("items[" + i + "].rank") + " " + api.getString("items[" + i + "].name")
                                + " - " + api.getString("items[" + i + "].rankRange.label") + " pasti");
            }
        }

        byte[] xlsx = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S1")
                .queryParam("region", p)
                .queryParam("format", "xlsx")
                .get("/api/v1/ranking/reports/units")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Peringkat");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                Row row = sheet.getRow(i + 1);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(api.getInt("items[" + i + "].rank"));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(api.getString("items[" + i + "].name"));
                assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
                        .isEqualByComparingTo(api.getString("items[" + i + "].value"));
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(api.getString("items[" + i + "].bandCode"));
                assertThat((int) row.getCell(15).getNumericCellValue())
                        .isEqualTo(api.getInt("items[" + i + "].rankRange.best"));
                assertThat((int) row.getCell(16).getNumericCellValue())
                        .isEqualTo(api.getInt("items[" + i + "].rankRange.worst"));
            }
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Puskesmas Alfa");
        }

        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S1")
                .queryParam("format", "docx")
                .get("/api/v1/ranking/reports/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2026-S9")
                .get("/api/v1/ranking/reports/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
