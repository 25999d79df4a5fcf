package id.rapor.ranking;

import static id.rapor.ranking.Fixtures.publish;
import static id.rapor.ranking.Fixtures.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.events.GradeScale;
import id.rapor.events.RaporEvent;
import id.rapor.scoring.Grading;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What-if preview: the Ombudsman opini cut-offs moved up one point list exactly the units a regrading changes. */
@QuarkusTest
@RaporQuarkusTest
class PreviewTest {

    private static final String PERIOD = "2024-Q3";
    private static final String INDEX = "OPINI_OMBUDSMAN";

    private static Map<String, Object> shifted(GradeScale scale) {
        List<Map<String, Object>> bands = new ArrayList<>();
        for (GradeScale.BandRow b : scale.bands()) {
            Map<String, Object> band = new LinkedHashMap<>();
            // every cut-off one point up; the bottom of the scale stays where it is
            band.put(
                    "lowerBound",
                    b.lowerBound().signum() == 0
                            ? b.lowerBound()
                            : b.lowerBound().add(BigDecimal.ONE));
            band.put("code", b.code());
            band.put("label", b.label());
            band.put("zone", b.zone());
            bands.add(band);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("regulation", scale.regulation() + "-preview");
        s.put("decimals", scale.decimals());
        s.put("confirmed", false);
        s.put("bands", bands);
        return s;
    }

    private static GradeScale asScale(Map<String, Object> s) {
        List<GradeScale.BandRow> rows = new ArrayList<>();
        for (Object o : (List<?>) s.get("bands")) {
            Map<?, ?> b = (Map<?, ?>) o;
            rows.add(new GradeScale.BandRow(
                    (BigDecimal) b.get("lowerBound"), (String) b.get("code"), (String) b.get("label"), (String)
                            b.get("zone")));
        }
        return new GradeScale((String) s.get("regulation"), (Integer) s.get("decimals"), false, rows);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldListExactlyTheUnitsWhoseBandOrZoneTheMovedCutOffsChange() {
        GradeScale seeded = Fixtures.instrumentScale(INDEX);
        Map<String, Object> candidate = shifted(seeded);
        String p = Fixtures.freshProvince();
        // units around every cut-off: at it, half a point above, one point above, half a point below
        List<RaporEvent> events = new ArrayList<>();
        Map<UUID, BigDecimal> totals = new LinkedHashMap<>();
        int n = 0;
        for (GradeScale.BandRow b : seeded.bands()) {
            if (b.lowerBound().signum() == 0) {
                continue;
            }
            for (String offset : List.of("0", "0.5", "1", "-0.5")) {
                UUID id = UUID.randomUUID();
                BigDecimal total = b.lowerBound().add(new BigDecimal(offset));
                n++;
                String regency = p + "." + String.format("%02d", n);
                events.add(unit(id, "Pemda " + n, regency));
                events.add(Fixtures.verified(id, INDEX, PERIOD, total.toPlainString()));
                totals.put(id, total);
            }
        }
        publish(events.toArray(RaporEvent[]::new));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows(INDEX, PERIOD, p).size() == totals.size());

        // the recomputation, done here independently: each total graded by the seeded and by the moved table
        Grading before = seeded.grading();
        Grading after = asScale(candidate).grading();
        TreeSet<String> expected = new TreeSet<>();
        Map<String, String> expectedBandAfter = new LinkedHashMap<>();
        totals.forEach((id, total) -> {
            Grading.Grade b = before.grade(total);
            Grading.Grade a = after.grade(total);
            if (!b.code().equals(a.code()) || !b.zone().equals(a.zone())) {
                expected.add(id.toString());
                expectedBandAfter.put(id.toString(), a.code());
            }
        });
        assertThat(expected).isNotEmpty().hasSizeLessThan(totals.size());

        JsonPath preview = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("period", PERIOD, "scale", candidate))
                .when()
                .post("/api/v1/ranking/definitions/" + INDEX + "/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> units = preview.getList("units");
        List<Map<String, Object>> ours = units.stream()
                .filter(u -> totals.containsKey(UUID.fromString((String) u.get("unitId"))))
                .toList();
        assertThat(ours).extracting(u -> (String) u.get("unitId")).containsExactlyInAnyOrderElementsOf(expected);
        for (Map<String, Object> u : ours) {
            Map<?, ?> a = (Map<?, ?>) u.get("after");
            Map<?, ?> b = (Map<?, ?>) u.get("before");
            assertThat(a.get("bandCode")).isEqualTo(expectedBandAfter.get((String) u.get("unitId")));
            // cut-offs move bands, never values or ranks
            assertThat(b.get("value")).isEqualTo(a.get("value"));
            assertThat(b.get("rank")).isEqualTo(a.get("rank"));
            assertThat((List<Object>) u.get("changes")).contains("BAND").doesNotContain("VALUE", "RANK");
        }
        // one unit per kabupaten: exactly the same kabupaten roll-ups change
        List<String> regencies = preview.getList("regions", Map.class).stream()
                .filter(r -> "regency".equals(r.get("level")) && ((String) r.get("regionCode")).startsWith(p + "."))
                .map(r -> (String) r.get("regionCode"))
                .toList();
        assertThat(regencies).hasSize(expected.size());

        // nothing was written: the ranking and the facts' grading are as before
        List<Map<String, Object>> rows = Api.unitRows(INDEX, PERIOD, p);
        for (Map<String, Object> row : rows) {
            BigDecimal total = totals.get(UUID.fromString((String) row.get("unitId")));
            assertThat(row.get("bandCode")).isEqualTo(before.grade(total).code());
        }
    }

    @Test
    void shouldPreviewADefinitionVersionsValuesAndRanksWithoutPublishingIt() {
        String p = Fixtures.freshProvince();
        UUID u1 = UUID.randomUUID();
        UUID u2 = UUID.randomUUID();
        UUID u3 = UUID.randomUUID();
        String period = "2031";
        publish(
                unit(u1, "Satu", p + ".01"),
                unit(u2, "Dua", p + ".01"),
                unit(u3, "Tiga", p + ".02"),
                Fixtures.assessment(
                        UUID.randomUUID(),
                        1,
                        id.rapor.events.AssessmentScored.VERIFIED,
                        u1,
                        "IPP",
                        period,
                        "PROVINSI",
                        "3.80"),
                Fixtures.assessment(
                        UUID.randomUUID(),
                        1,
                        id.rapor.events.AssessmentScored.VERIFIED,
                        u1,
                        "IPP",
                        period,
                        "MANDIRI",
                        "4.60"),
                Fixtures.verified(u2, "IPP", period, "4.00"),
                Fixtures.assessment(
                        UUID.randomUUID(),
                        1,
                        id.rapor.events.AssessmentScored.VERIFIED,
                        u3,
                        "IPP",
                        period,
                        "PROVINSI",
                        "3.00"),
                Fixtures.assessment(
                        UUID.randomUUID(),
                        1,
                        id.rapor.events.AssessmentScored.VERIFIED,
                        u3,
                        "IPP",
                        period,
                        "MANDIRI",
                        "3.00"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.unitRows("IPP", period, p).size() == 3);
        int versions = given().when()
                .get("/api/v1/ranking/definitions/IPP")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();

        // a version that trusts the unit's own (MANDIRI) score first: Satu 3.80 (B) → 4.60 (A) and first place,
        // Dua keeps 4.00 but drops to second; Tiga scored the same in both tiers
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", "IPP (what-if)");
        definition.put("legalBasis", "PermenPANRB 29/2022");
        definition.put("effectiveFrom", "2031-01-01");
        definition.put("source", "ASSESSMENT");
        definition.put("scaleMin", 0);
        definition.put("scaleMax", 5);
        definition.put("decimals", 2);
        definition.put("rules", Map.of("tierPriority", List.of("MANDIRI", "KABKOTA", "PROVINSI")));
        JsonPath preview = given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("period", period, "definition", definition))
                .when()
                .post("/api/v1/ranking/definitions/IPP/preview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> units = preview.getList("units");
        assertThat(units).extracting(u -> u.get("name")).containsExactlyInAnyOrder("Satu", "Dua");
        Map<String, Object> satu = units.stream()
                .filter(u -> "Satu".equals(u.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(satu.get("changes")).isEqualTo(List.of("VALUE", "BAND", "RANK"));
        assertThat(((Map<?, ?>) satu.get("before")).get("bandCode")).isEqualTo("B");
        assertThat(((Map<?, ?>) satu.get("after")).get("bandCode")).isEqualTo("A");
        assertThat(((Map<?, ?>) satu.get("after")).get("rank")).isEqualTo(1);
        Map<String, Object> dua = units.stream()
                .filter(u -> "Dua".equals(u.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(dua.get("changes")).isEqualTo(List.of("RANK"));
        // kabupaten .01 (Satu and Dua) changes its mean; .02 (Tiga) does not
        assertThat(preview.getList("regions", Map.class).stream()
                        .filter(r -> "regency".equals(r.get("level")))
                        .map(r -> r.get("regionCode")))
                .containsExactly(p + ".01");

        // nothing was published or recomputed
        assertThat(given().when()
                        .get("/api/v1/ranking/definitions/IPP")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .hasSize(versions);
        assertThat(Api.unitRows("IPP", period, p))
                .extracting(r -> r.get("name"))
                .containsExactly("Dua", "Satu", "Tiga");
    }

    @Test
    void shouldRefusePreviewsToAnyoneButAnAdminAndNameTheFieldAtFault() {
        Map<String, Object> body = Map.of("period", "2024", "scale", shifted(Fixtures.instrumentScale(INDEX)));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/ranking/definitions/" + INDEX + "/preview")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(DevTokens.viewer())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/ranking/definitions/" + INDEX + "/preview")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("period", "2024"))
                .when()
                .post("/api/v1/ranking/definitions/" + INDEX + "/preview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("definition"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("period", "sometime", "scale", body.get("scale")))
                .when()
                .post("/api/v1/ranking/definitions/" + INDEX + "/preview")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("period"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/ranking/definitions/NOPE/preview")
                .then()
                .statusCode(404);
    }
}
