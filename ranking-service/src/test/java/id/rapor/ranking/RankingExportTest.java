package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static id.rapor.ranking.Fixtures.verified;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rankings and roll-ups as CSV and XLSX: the JSON read's rows and ranks, numbers as numbers. */
@QuarkusTest
@RaporQuarkusTest
class RankingExportTest {

    @Test
    void shouldExportUnitRankingAndRollUpsAsCsvAndXlsx() throws Exception {
        String p = Fixtures.freshProvince();
        String[][] units = {{"A", "90.00"}, {"B", "85.50"}, {"C", "85.50"}, {"D", "70.00"}};
        for (String[] u : units) {
            UUID id = UUID.randomUUID();
            publish(unit(id, u[0], p + ".01"), verified(id, "KEPATUHAN", "2020", u[1]));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Api.units("KEPATUHAN", "2020", p, null).getInt("total"))
                                .isEqualTo(4));

        List<String> lines = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "KEPATUHAN")
                .queryParam("period", "2020")
                .queryParam("region", p)
                .when()
                .get("/api/v1/ranking/units/export")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString()
                .lines()
                .toList();
        assertThat(lines).hasSize(5);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertThat(header).startsWith("rank", "index_code", "period", "unit_id", "unit_name");
        List<String> ranks = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String line : lines.subList(1, 5)) {
            String[] cells = line.split(",", -1);
            ranks.add(cells[header.indexOf("rank")]);
            values.add(cells[header.indexOf("value")]);
        }
        assertThat(ranks).containsExactly("1", "2", "2", "4");
        assertThat(values.get(1)).matches("85\\.50?");

        byte[] xlsx = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "KEPATUHAN")
                .queryParam("period", "2020")
                .queryParam("region", p)
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/ranking/units/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(header.indexOf("value")).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(header.indexOf("value")).getNumericCellValue())
                    .isEqualTo(90d);
        }

        String regions = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "KEPATUHAN")
                .queryParam("period", "2020")
                .queryParam("level", "regency")
                .queryParam("parent", p)
                .when()
                .get("/api/v1/ranking/regions/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> regionLines = regions.lines().toList();
        List<String> regionHeader = Arrays.asList(regionLines.get(0).split(","));
        String[] row = regionLines.stream()
                .filter(l -> l.contains("," + p + ".01,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(row[regionHeader.indexOf("units_with_data")]).isEqualTo("4");
        assertThat(row[regionHeader.indexOf("value")]).matches("\\d+\\.\\d+");
    }

    @Test
    void shouldNameTheParameterAtFault() {
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2020")
                .when()
                .get("/api/v1/ranking/units/export")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("index", "IKM")
                .queryParam("period", "2020")
                .queryParam("format", "ods")
                .when()
                .get("/api/v1/ranking/units/export")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
