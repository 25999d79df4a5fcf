package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Subjects beyond units end to end through the gateway, on the seeded Ombudsman 2022-2024 version (OMBUDSMAN_OPINI
 * v2, which assesses units, Pemda and instansi): a BUMN (an instansi without a region) and two of its branch offices
 * in different provinces are assessed in a national cycle, the branches ranked among the BUMN's units and the BUMN
 * among instansi; two Pemda of Sumatera Barat are assessed in a provincial cycle and ranked among Pemda. An evaluator
 * of an unrelated region cannot score a branch, and a unit's operator can neither open a cycle nor score its own
 * unit, not even with an evaluator role as well.
 */
class SubjectKindsSystemTest {

    private static final String PADANG = "13.71";
    private static final String AGAM = "13.06";
    private static final String PEKANBARU = "14.71";

    /** Registers a subject as admin; {@code region} and {@code instansi} may be null. */
    private static String register(String name, String type, String region, String instansi) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", type);
        if (region != null) {
            body.put("regionCode", region);
        }
        if (instansi != null) {
            body.put("instansiId", instansi);
        }
        String id = expect(
                        as(DevTokens.admin())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/units"),
                        201,
                        "register " + name)
                .jsonPath()
                .getString("id");
        ScenarioApi.awaitReplicas(id);
        return id;
    }

    /** The OPINI v2 indicators with one level (0-3) per dimension: Input, Proses, Output, Pengaduan. */
    private static List<Map<String, Object>> opini(int input, int proses, int output, int pengaduan) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            items.add(Map.of("indicatorCode", String.format("IN%02d", i), "value", input));
        }
        for (int i = 1; i <= 11; i++) {
            items.add(Map.of("indicatorCode", String.format("PR%02d", i), "value", proses));
        }
        for (int i = 1; i <= 5; i++) {
            items.add(Map.of("indicatorCode", String.format("OU%02d", i), "value", output));
            items.add(Map.of("indicatorCode", String.format("PG%02d", i), "value", pengaduan));
        }
        return items;
    }

    private static Response score(String token, String assessment, List<Map<String, Object>> items) {
        return ScenarioApi.score(token, assessment, "PROVINSI", Map.of("scores", items));
    }

    @Test
    void shouldRankBranchOfficesWithinTheirBumnAndPemdaAmongPemda() {
        String admin = DevTokens.admin();
        String bumn = register("PT Kereta Api Indonesia (Persero) " + UUID.randomUUID(), "BUMN", null, null);
        String padang = register("Stasiun Padang " + UUID.randomUUID(), "OTHER", PADANG, bumn);
        String pekanbaru = register("Stasiun Pekanbaru " + UUID.randomUUID(), "OTHER", PEKANBARU, bumn);
        JsonPath registered = ScenarioApi.json(expect(as(admin).get("/api/v1/units/" + bumn), 200, "bumn"));
        assertThat(registered.getString("subjectKind")).isEqualTo("INSTANSI");
        assertThat(registered.getString("regionCode")).isNull();

        // a unit's operator opens no cycle, not even for its own unit
        String padangOperator = DevTokens.operator(UUID.fromString(padang));
        expect(
                ScenarioApi.openCycle(
                        padangOperator,
                        "OMBUDSMAN_OPINI",
                        2,
                        2024,
                        PADANG,
                        List.of("MANDIRI", "PROVINSI"),
                        List.of(padang)),
                403,
                "operator opens a cycle");
        // an instansi has no region: a provincial cycle cannot take it (422 naming the lokus), a national one can
        var outside = expect(
                ScenarioApi.openCycle(
                        admin, "OMBUDSMAN_OPINI", 2, 2024, "13", List.of("MANDIRI", "PROVINSI"), List.of(bumn)),
                422,
                "instansi in a provincial cycle");
        assertThat(outside.jsonPath().getString("errors[0].field")).isEqualTo("unitIds[0]");

        String national = ScenarioApi.json(expect(
                        ScenarioApi.openCycle(
                                admin,
                                "OMBUDSMAN_OPINI",
                                2,
                                2024,
                                null,
                                List.of("MANDIRI", "PROVINSI"),
                                List.of(bumn, padang, pekanbaru)),
                        201,
                        "national cycle"))
                .getString("id");
        expect(ScenarioApi.movePhase(admin, national, "SELF_ASSESSMENT"), 200, "phase");
        Map<String, String> byUnit = ScenarioApi.assessmentsByUnit(national);
        assertThat(byUnit).containsOnlyKeys(bumn, padang, pekanbaru);

        // Padang: Input, Proses, Output 3, Pengaduan 2: 21.85 + 32.37 + 24.24 + 21.54·2/3 = 78.46 + 14.36 = 92.82
        //   → A (≥ 88), hijau
        // Pekanbaru: every level 2: 200/3 = 66.67 → C (57 ≤ x < 78), kuning
        // the BUMN itself: every level 3: 100.00 → A
        Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
        sheets.put(bumn, opini(3, 3, 3, 3));
        sheets.put(padang, opini(3, 3, 3, 2));
        sheets.put(pekanbaru, opini(2, 2, 2, 2));
        sheets.forEach((unit, items) -> {
            String operator = DevTokens.operator(UUID.fromString(unit));
            expect(ScenarioApi.answer(operator, byUnit.get(unit), Map.of("answers", items)), 200, "answers");
            expect(ScenarioApi.submit(operator, byUnit.get(unit)), 200, "submit");
        });
        expect(ScenarioApi.movePhase(admin, national, "EVALUATION"), 200, "phase");

        // an evaluator of an unrelated region (Bali) scores no branch of the BUMN, nor the BUMN itself
        String bali = DevTokens.evaluator("51");
        assertThat(score(bali, byUnit.get(padang), sheets.get(padang)).statusCode())
                .isEqualTo(403);
        assertThat(score(bali, byUnit.get(bumn), sheets.get(bumn)).statusCode()).isEqualTo(403);
        // the branch's operator scores nothing: not as an operator, nor with an evaluator role of its province
        Response asOperator = score(padangOperator, byUnit.get(padang), sheets.get(padang));
        assertThat(asOperator.statusCode()).isEqualTo(403);
        assertThat(asOperator.contentType()).startsWith("application/problem+json");
        String operatorAndEvaluator =
                DevTokens.mint("operator-evaluator-" + padang, Set.of("operator", "evaluator"), "13", padang);
        assertThat(score(operatorAndEvaluator, byUnit.get(padang), sheets.get(padang))
                        .statusCode())
                .isEqualTo(403);
        assertThat(ScenarioApi.verify(operatorAndEvaluator, byUnit.get(padang)).statusCode())
                .isEqualTo(403);
        JsonPath unscored = ScenarioApi.json(
                expect(as(admin).get("/api/v1/assessment/assessments/" + byUnit.get(padang)), 200, "assessment"));
        assertThat(unscored.getString("status")).isEqualTo("SUBMITTED");

        // the Biro Organisasi of each branch's province scores it; only the national administrator reaches the BUMN
        Map<String, String> evaluators =
                Map.of(padang, DevTokens.evaluator("13"), pekanbaru, DevTokens.evaluator("14"), bumn, admin);
        Map<String, JsonPath> verified = new LinkedHashMap<>();
        sheets.forEach((unit, items) -> {
            expect(score(evaluators.get(unit), byUnit.get(unit), items), 200, "scores");
            verified.put(
                    unit,
                    ScenarioApi.json(
                            expect(ScenarioApi.verify(evaluators.get(unit), byUnit.get(unit)), 200, "verify")));
        });
        assertThat(new BigDecimal(verified.get(padang).getString("result.value")))
                .isEqualByComparingTo("92.82");
        assertThat(verified.get(padang).getString("result.bandCode")).isEqualTo("A");
        assertThat(new BigDecimal(verified.get(pekanbaru).getString("result.value")))
                .isEqualByComparingTo("66.67");
        assertThat(verified.get(pekanbaru).getString("result.zone")).isEqualTo("KUNING");
        assertThat(verified.get(bumn).getString("result.bandCode")).isEqualTo("A");

        // the branches rank among the units of their BUMN, whatever their provinces
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("instansi", bumn))
                                .size()
                        == 2);
        List<Map<String, Object>> branches =
                ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("instansi", bumn));
        assertThat(branches).extracting(r -> r.get("unitId")).containsExactly(padang, pekanbaru);
        assertThat(branches).extracting(r -> r.get("rank")).containsExactly(1, 2);
        assertThat(branches).extracting(r -> r.get("zone")).containsExactly("HIJAU", "KUNING");
        // the BUMN ranks among instansi, nationally, and is no unit of any region
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() ->
                        ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("subjectKind", "INSTANSI"))
                                .stream()
                                .anyMatch(r -> bumn.equals(r.get("unitId"))));
        assertThat(ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("region", PADANG)))
                .extracting(r -> r.get("unitId"))
                .containsExactly(padang);

        Map<String, Object> card = Api.scorecardEntry(pekanbaru, "OPINI_OMBUDSMAN", "2024");
        assertThat(card.get("bandCode")).isEqualTo("C");
        assertThat(card.get("rankInInstansi")).isEqualTo(2);
        assertThat(card.get("rankedInInstansi")).isEqualTo(2);
        assertThat(card.get("rankInProvince")).isEqualTo(1);
        Map<String, Object> bumnCard = Api.scorecardEntry(bumn, "OPINI_OMBUDSMAN", "2024");
        assertThat(bumnCard.get("bandCode")).isEqualTo("A");
        assertThat(bumnCard.get("rankInProvince")).isNull();

        // two Pemda of Sumatera Barat on the same instrument, ranked among Pemda:
        // Kota Padang: Proses 3, the rest 2: 32.37 + 67.63·2/3 = 32.37 + 45.0867 = 77.4567 → 77.46 → C, kuning
        // Kabupaten Agam: Output 2, the rest 3: 75.76 + 24.24·2/3 = 75.76 + 16.16 = 91.92 → A, hijau
        String kota = register("Pemerintah Kota Padang", "PEMDA", PADANG, null);
        String agam = register("Pemerintah Kabupaten Agam", "PEMDA", AGAM, null);
        String sumbar = ScenarioApi.json(expect(
                        ScenarioApi.openCycle(
                                admin,
                                "OMBUDSMAN_OPINI",
                                2,
                                2024,
                                "13",
                                List.of("MANDIRI", "PROVINSI"),
                                List.of(kota, agam)),
                        201,
                        "provincial cycle"))
                .getString("id");
        Map<String, List<Map<String, Object>>> pemdaSheets = new LinkedHashMap<>();
        pemdaSheets.put(kota, opini(2, 3, 2, 2));
        pemdaSheets.put(agam, opini(3, 3, 2, 3));
        Map<String, JsonPath> pemdaResults =
                ScenarioApi.assessAndVerify(sumbar, DevTokens.evaluator("13"), pemdaSheets);
        assertThat(new BigDecimal(pemdaResults.get(kota).getString("result.value")))
                .isEqualByComparingTo("77.46");
        assertThat(new BigDecimal(pemdaResults.get(agam).getString("result.value")))
                .isEqualByComparingTo("91.92");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> ScenarioApi.managerRanking(
                                        "OPINI_OMBUDSMAN", "2024", Map.of("subjectKind", "PEMDA", "region", "13"))
                                .size()
                        == 2);
        List<Map<String, Object>> pemda =
                ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("subjectKind", "PEMDA", "region", "13"));
        assertThat(pemda).extracting(r -> r.get("unitId")).containsExactly(agam, kota);
        assertThat(pemda).extracting(r -> r.get("rank")).containsExactly(1, 2);
        assertThat(pemda).extracting(r -> r.get("zone")).containsExactly("HIJAU", "KUNING");
        // the Pemda are not among the units of the kota: only the branch is
        assertThat(ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2024", Map.of("region", PADANG)))
                .extracting(r -> r.get("unitId"))
                .containsExactly(padang);
        Map<String, Object> kotaCard = Api.scorecardEntry(kota, "OPINI_OMBUDSMAN", "2024");
        assertThat(kotaCard.get("bandCode")).isEqualTo("C");
        assertThat(kotaCard.get("rankInProvince")).isEqualTo(2);
        assertThat(kotaCard.get("rankedInProvince")).isEqualTo(2);
    }
}
