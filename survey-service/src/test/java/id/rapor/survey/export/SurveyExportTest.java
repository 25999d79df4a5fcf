package id.rapor.survey.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.rapor.survey.SurveyFixtures;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Streamed CSV and XLSX exports of responses and results: size, values, privacy, increments and refusals. */
@QuarkusTest
@RaporQuarkusTest
class SurveyExportTest {

    private static final int GENERATED = 200_000;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private static String exportPath(String campaign) {
        return "/api/v1/survey/campaigns/" + campaign + "/responses/export";
    }

    /** Rows straight into the table (not through the API), as a large campaign would have after months. */
    private void generate(String campaign, int n) throws Exception {
        StringBuilder answers = new StringBuilder("jsonb_build_object(");
        for (int i = 1; i <= 9; i++) {
            answers.append(i > 1 ? ", " : "")
                    .append("'U")
                    .append(i)
                    .append("', 1 + (g + ")
                    .append(i - 1)
                    .append(") % 4");
        }
        answers.append(')');
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into survey_response (campaign_id, client_id, "
                        + "request_hash, answers, gender, age, education, consent, channel, submitted_at, namespace, "
                        + "suggestion) select ?, 'g-' || g, md5(g::text), " + answers + ", "
                        + "case when g % 10 = 0 then null when g % 2 = 0 then 'P' else 'L' end, "
                        + "case when g % 10 = 0 then null else 20 + g % 50 end, "
                        + "case when g % 10 = 0 then null else 'SMA/sederajat' end, g % 10 <> 0, 'BATCH', "
                        + "now() - make_interval(secs => g), 'BATCH/generated', "
                        + "case when g % 1000 = 1 then 'Saran \"' || g || '\"' end "
                        + "from generate_series(1, ?) g")) {
            ps.setObject(1, UUID.fromString(campaign));
            ps.setInt(2, n);
            assertThat(ps.executeUpdate()).isEqualTo(n);
        }
    }

    @Test
    void shouldStreamTwoHundredThousandResponsesAsCsv() throws Exception {
        UUID unit = SurveyFixtures.unit("73.71");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        generate(campaign, GENERATED);

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + exportPath(campaign)))
                .header("Authorization", "Bearer " + DevTokens.evaluator("73"))
                .build();
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("responses-" + campaign + ".csv");

        List<String> header;
        Map<String, String[]> sample = new HashMap<>();
        long rows = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            header = Arrays.asList(reader.readLine().split(","));
            String line;
            while ((line = reader.readLine()) != null) {
                rows++;
                if (line.contains(",g-7,") || line.contains(",g-10,") || line.contains(",g-1001,")) {
                    String[] cells = line.split(",", -1);
                    sample.put(cells[1], cells);
                }
            }
        }
        assertThat(rows).isEqualTo(GENERATED);
        assertThat(header)
                .startsWith("id", "response_id", "namespace")
                .contains("personal_fields", "suggestion", "updated_at")
                .endsWith("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
        String[] seven = sample.get("g-7");
        assertThat(seven[header.indexOf("U1")]).isEqualTo("4");
        assertThat(seven[header.indexOf("U2")]).isEqualTo("1");
        assertThat(seven[header.indexOf("gender")]).isEqualTo("L");
        assertThat(seven[header.indexOf("age")]).isEqualTo("27");
        assertThat(seven[header.indexOf("education")]).isEqualTo("SMA/sederajat");
        assertThat(seven[header.indexOf("personal_fields")]).isEqualTo("SHOWN");
        assertThat(Instant.parse(seven[header.indexOf("submitted_at")])).isBefore(Instant.now());
        String[] ten = sample.get("g-10");
        assertThat(ten[header.indexOf("consent")]).isEqualTo("false");
        assertThat(ten[header.indexOf("personal_fields")]).isEqualTo("NO_CONSENT");
        assertThat(ten[header.indexOf("gender")]).isEmpty();
        assertThat(sample.get("g-1001")).isNotNull();
    }

    @Test
    void shouldKeepPersonalFieldsFromTheUnitsOperatorAndExportIncrements() throws Exception {
        UUID unit = SurveyFixtures.unit("73.71");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        generate(campaign, 20);

        String operatorCsv = given().auth()
                .oauth2(DevTokens.operator(unit))
                .when()
                .get(exportPath(campaign))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = operatorCsv.lines().toList();
        assertThat(lines).hasSize(21);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells[header.indexOf("personal_fields")]).isIn("NOT_PERMITTED", "NO_CONSENT");
            assertThat(cells[header.indexOf("gender")]).isEmpty();
            assertThat(cells[header.indexOf("suggestion")]).isEmpty();
        }

        Instant before = Instant.now();
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Ganda"))
                .when()
                .post("/api/v1/survey/campaigns/" + campaign + "/responses/g-5/void?namespace=BATCH/generated")
                .then()
                .statusCode(200);
        List<String> increment = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("updatedSince", before.toString())
                .when()
                .get(exportPath(campaign))
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        assertThat(increment).hasSize(2);
        assertThat(increment.get(1)).contains(",g-5,").contains(",true,Ganda,");
    }

    @Test
    void shouldWriteXlsxWithNumericAnswers() throws Exception {
        UUID unit = SurveyFixtures.unit("73.71");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        generate(campaign, 30);
        byte[] xlsx = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("format", "xlsx")
                .when()
                .get(exportPath(campaign))
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(30);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            int u1 = header.indexOf("U1");
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getRowNum() > 0
                        && candidate.getCell(1).getStringCellValue().equals("g-3")) {
                    row = candidate;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(u1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(u1).getNumericCellValue()).isEqualTo(4d);
            assertThat(row.getCell(header.indexOf("age")).getNumericCellValue()).isEqualTo(23d);
        }
    }

    @Test
    void shouldExportResultsPerUnitAndRegionWithDotDecimals() {
        UUID unit = SurveyFixtures.unit("73.72");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S1", null);
        SurveyFixtures.batch(campaign, SurveyFixtures.respondentsWithTotal(4, 9, 4 * 9 * 3 + 1));

        String csv = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("period", "2026")
                .queryParam("unitId", unit.toString())
                .when()
                .get("/api/v1/survey/results/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(10);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[header.indexOf("item_code")]).isEqualTo("U1");
        assertThat(first[header.indexOf("nrr")]).isEqualTo("3.25");
        assertThat(first[header.indexOf("respondents")]).isEqualTo("4");
        assertThat(first[header.indexOf("period")]).isEqualTo("2026");
        assertThat(first[header.indexOf("ikm_konversi")]).matches("\\d+\\.\\d{2}");
        // the interval the results API shows for the same caller and period
        io.restassured.path.json.JsonPath api = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("period", "2026")
                .when()
                .get("/api/v1/survey/units/" + unit + "/result")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(new java.math.BigDecimal(first[header.indexOf("ikm_interval_lower")]))
                .isEqualByComparingTo(api.getString("interval.lower"));
        assertThat(new java.math.BigDecimal(first[header.indexOf("ikm_interval_upper")]))
                .isEqualByComparingTo(api.getString("interval.upper"));
        assertThat(first[header.indexOf("ikm_interval_method")]).isEqualTo(api.getString("interval.method"));
        assertThat(first[header.indexOf("additional_respondents")])
                .isEqualTo(api.getString("interval.additionalRespondents"));

        String region = given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .queryParam("period", "2026-S1")
                .queryParam("region", "73.72")
                .when()
                .get("/api/v1/survey/results/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(region.lines().filter(l -> l.startsWith(unit.toString()))).hasSize(9);
    }

    @Test
    void shouldRefuseExportsOutsideScopeAndNameBadParameters() {
        UUID unit = SurveyFixtures.unit("73.71");
        String campaign = SurveyFixtures.campaign(unit, SurveyFixtures.SKM_2017, "2026-S2", null);
        for (String token :
                List.of(DevTokens.operator(UUID.randomUUID()), DevTokens.evaluator("74"), DevTokens.viewer())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(exportPath(campaign))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("format", "pdf")
                .when()
                .get(exportPath(campaign))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("period", "2026")
                .when()
                .get("/api/v1/survey/results/export")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
