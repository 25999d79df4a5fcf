package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * CPP (Citra Pelayanan Prima, PermenPANRB 38/2012) end to end through the gateway: two service units of Kota
 * Banjarmasin assessed on the seeded CPP_LEGACY version 1 in 2012, graded by the assessment service with the
 * version's band table (PRIMA, BAIK, CUKUP, KURANG; no band is an award tier, since piala, piagam and tingkat pratama
 * have no cut-offs in any source), ranked among units and shown on their scorecards. Every result says it rests on
 * unconfirmed parts, among them the version's validity years, which no source gives.
 */
class CppSystemTest {

    private static final String REGION = "63.71";

    /** The nine component values (0-100) in the seeded order visi, sp, sdm, sarpras, prosedur, ikm, sipp, pengaduan, produktivitas. */
    private static Map<String, Object> sheet(String key, int... values) {
        String[] codes = {
            "CPP.visi",
            "CPP.sp",
            "CPP.sdm",
            "CPP.sarpras",
            "CPP.prosedur",
            "CPP.ikm",
            "CPP.sipp",
            "CPP.pengaduan",
            "CPP.produktivitas"
        };
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            items.add(Map.of("indicatorCode", codes[i], "value", values[i]));
        }
        return Map.of(key, items);
    }

    @Test
    void shouldAssessUnitsOnCppAndRankThemWithTheVersionsBandsAndUnconfirmedValidity() {
        String admin = DevTokens.admin();

        // the seeded version states its validity and says that no source gives it
        JsonPath version = ScenarioApi.json(expect(
                as(DevTokens.viewer()).get("/api/v1/assessment/instruments/CPP_LEGACY/versions/1"), 200, "version"));
        assertThat(version.getString("indexCode")).isEqualTo("CPP");
        assertThat(version.getInt("validFromYear")).isEqualTo(2012);
        assertThat(version.getInt("validToYear")).isEqualTo(2016);
        assertThat(version.getBoolean("basis.confirmed")).isFalse();
        assertThat(version.getList("basis.reasons", String.class))
                .anySatisfy(
                        r -> assertThat(r).contains("validity years 2012-2016").contains("no source"))
                .anySatisfy(r -> assertThat(r).contains("award tiers").contains("no cut-offs"));
        assertThat(version.getList("subjectKinds", String.class)).containsExactly("UNIT");

        String prima = Api.unit("Kelurahan Gunung Bahagia " + UUID.randomUUID(), "KECAMATAN", REGION);
        String cukup = Api.unit("Kecamatan Banjarmasin Tengah " + UUID.randomUUID(), "KECAMATAN", REGION);
        String pemda = Api.unit("Pemerintah Kota Banjarmasin " + UUID.randomUUID(), "PEMDA", REGION);
        ScenarioApi.awaitReplicas(prima);
        ScenarioApi.awaitReplicas(cukup);

        // a year outside the stated validity is refused, naming the field
        var outside = expect(
                ScenarioApi.openCycle(
                        admin, "CPP_LEGACY", 1, 2018, REGION, List.of("MANDIRI", "PROVINSI"), List.of(prima)),
                422,
                "cycle outside validity");
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.jsonPath().getString("errors[0].field")).isEqualTo("year");
        // a Pemda is no lokus of a unit-only instrument, and nothing is opened
        var notUnit = expect(
                ScenarioApi.openCycle(
                        admin, "CPP_LEGACY", 1, 2012, REGION, List.of("MANDIRI", "PROVINSI"), List.of(pemda)),
                422,
                "Pemda lokus");
        assertThat(notUnit.contentType()).startsWith("application/problem+json");
        assertThat(notUnit.jsonPath().getString("errors[0].field")).isEqualTo("unitIds[0]");
        assertThat(notUnit.jsonPath().getString("errors[0].message")).contains("PEMDA");

        String cycle = ScenarioApi.json(expect(
                        ScenarioApi.openCycle(
                                admin,
                                "CPP_LEGACY",
                                1,
                                2012,
                                REGION,
                                List.of("MANDIRI", "PROVINSI"),
                                List.of(prima, cukup)),
                        201,
                        "cycle"))
                .getString("id");
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        Map<String, String> byUnit = ScenarioApi.assessmentsByUnit(cycle);
        assertThat(byUnit).containsOnlyKeys(prima, cukup);

        // prima: .05·90 + .15·85 + .17·88 + .08·80 + .10·90 + .15·84 + .10·85 + .10·90 + .10·88
        //      = 4.5 + 12.75 + 14.96 + 6.4 + 9 + 12.6 + 8.5 + 9 + 8.8 = 86.51 → PRIMA (≥ 85), hijau
        int[] primaValues = {90, 85, 88, 80, 90, 84, 85, 90, 88};
        // cukup: every component 60 but SDM 70: 60 + .17·10 = 61.70 → CUKUP (55 ≤ x < 70), kuning
        int[] cukupValues = {60, 60, 70, 60, 60, 60, 60, 60, 60};
        // a component value out of its 0-100 range is refused, naming the field
        var tooHigh = expect(
                ScenarioApi.answer(
                        DevTokens.operator(UUID.fromString(prima)),
                        byUnit.get(prima),
                        sheet("answers", 90, 85, 101, 80, 90, 84, 85, 90, 88)),
                422,
                "out of range");
        assertThat(tooHigh.jsonPath().getList("errors.field", String.class)).contains("answers[2].value");

        for (Map.Entry<String, int[]> unit :
                Map.of(prima, primaValues, cukup, cukupValues).entrySet()) {
            String operator = DevTokens.operator(UUID.fromString(unit.getKey()));
            String assessment = byUnit.get(unit.getKey());
            expect(ScenarioApi.answer(operator, assessment, sheet("answers", unit.getValue())), 200, "answers");
            expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        }
        expect(ScenarioApi.movePhase(admin, cycle, "EVALUATION"), 200, "phase");
        String biro = DevTokens.evaluator("63");
        Map<String, JsonPath> verified = new java.util.HashMap<>();
        for (Map.Entry<String, int[]> unit :
                Map.of(prima, primaValues, cukup, cukupValues).entrySet()) {
            String assessment = byUnit.get(unit.getKey());
            expect(ScenarioApi.score(biro, assessment, "PROVINSI", sheet("scores", unit.getValue())), 200, "scores");
            verified.put(unit.getKey(), ScenarioApi.json(expect(ScenarioApi.verify(biro, assessment), 200, "verify")));
        }
        JsonPath top = verified.get(prima);
        assertThat(new BigDecimal(top.getString("result.total"))).isEqualByComparingTo("86.51");
        assertThat(new BigDecimal(top.getString("result.value"))).isEqualByComparingTo("86.51");
        assertThat(top.getString("result.bandCode")).isEqualTo("PRIMA");
        assertThat(top.getString("result.bandLabel")).isEqualTo("Citra Pelayanan Prima");
        assertThat(top.getString("result.zone")).isEqualTo("HIJAU");
        assertThat(top.getBoolean("result.basis.confirmed")).isFalse();
        assertThat(top.getList("result.basis.reasons", String.class))
                .anySatisfy(r -> assertThat(r).contains("validity years 2012-2016"));
        JsonPath low = verified.get(cukup);
        assertThat(new BigDecimal(low.getString("result.value"))).isEqualByComparingTo("61.70");
        assertThat(low.getString("result.bandCode")).isEqualTo("CUKUP");
        assertThat(low.getString("result.zone")).isEqualTo("KUNING");

        // ranked among the units of the kota, with the instrument's band and the unconfirmed basis
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> ScenarioApi.managerRanking("CPP", "2012", Map.of("region", REGION))
                                .size()
                        == 2);
        List<Map<String, Object>> rows = ScenarioApi.managerRanking("CPP", "2012", Map.of("region", REGION));
        assertThat(rows).extracting(r -> r.get("unitId")).containsExactly(prima, cukup);
        assertThat(rows).extracting(r -> r.get("rank")).containsExactly(1, 2);
        assertThat((BigDecimal) rows.get(0).get("value")).isEqualByComparingTo("86.51");
        assertThat(rows.get(0).get("bandCode")).isEqualTo("PRIMA");
        assertThat(rows.get(0).get("zone")).isEqualTo("HIJAU");
        assertThat(rows.get(1).get("bandCode")).isEqualTo("CUKUP");
        assertThat(rows.get(1).get("zone")).isEqualTo("KUNING");
        assertThat(rows.get(0).get("basis").toString())
                .contains("confirmed=false")
                .contains("validity years 2012-2016");
        // the Pemda of the kota is no unit: the ranking of Pemda holds no CPP result
        assertThat(ScenarioApi.managerRanking("CPP", "2012", Map.of("region", REGION, "subjectKind", "PEMDA")))
                .isEmpty();

        Map<String, Object> card = Api.scorecardEntry(prima, "CPP", "2012");
        assertThat(card).isNotNull();
        assertThat(new BigDecimal(card.get("value").toString())).isEqualByComparingTo("86.51");
        assertThat(card.get("bandCode")).isEqualTo("PRIMA");
        assertThat(card.get("zone")).isEqualTo("HIJAU");
        assertThat(card.get("rankInProvince")).isEqualTo(1);
        assertThat(card.get("rankedInProvince")).isEqualTo(2);
        Map<String, Object> second = Api.scorecardEntry(cukup, "CPP", "2012");
        assertThat(second.get("rankInProvince")).isEqualTo(2);
        assertThat(second.get("bandCode")).isEqualTo("CUKUP");
    }
}
