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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ombudsman RI kepatuhan end to end through the gateway, for the service units (lokus OPD, produk layanan) of Kota
 * Pangkalpinang and Kabupaten Bangka and for the two Pemda themselves: the units are assessed per indicator, the
 * assessment service grades each unit, and the ranking service forms each Pemda's entity result.
 *
 * <p>The aggregation rule (ranking service, a Pemda's scorecard {@code entity} part and the regency ranking): the
 * Pemda's entity result of an index and period is the <b>mean of the exact results of the active service units of
 * its region</b> that have a result of that index and period, rounded half-up to two decimals only at the end and
 * graded with the band table the units were graded with. It is Ombudsman's 2013-2021 rule ("hasil nilai rata-rata
 * dari seluruh jumlah nilai per-produk layanan", INSTRUMENTS-ADDENDUM 7.2); for 2022-2024 no source gives the roll-up
 * and the same mean is applied. Entity results are ranked among the Pemda of the same level in the province (best
 * first, competition ranks), as the regency ranking of the index ranks them.
 */
class OmbudsmanSystemTest {

    private static final String PROVINCE = "19";
    private static final String PANGKALPINANG = "19.71";
    private static final String BANGKA = "19.01";

    private static String kota;
    private static String kabupaten;

    @BeforeAll
    static void registerThePemda() {
        // one Pemda per region: both tests read the same two
        kota = Api.unit("Pemerintah Kota Pangkalpinang", "PEMDA", PANGKALPINANG);
        kabupaten = Api.unit("Pemerintah Kabupaten Bangka", "PEMDA", BANGKA);
        ScenarioApi.awaitReplicas(kota);
        ScenarioApi.awaitReplicas(kabupaten);
    }

    /** The 36 OPINI version 2 indicators with the levels (0-3) per dimension: Input, Proses, Output, Pengaduan. */
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

    /**
     * The eleven 2013-2021 components (P01-P09 at 10 %, P10 and P11 at 5 %) answered yes for {@code yes}, no for the
     * rest, each with its required evidence.
     */
    private static List<Map<String, Object>> kepatuhan(List<String> yes) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            String code = String.format("P%02d", i);
            items.add(Map.of(
                    "indicatorCode",
                    code,
                    "value",
                    yes.contains(code) ? 1 : 0,
                    "evidence",
                    List.of(Map.of("slot", "bukti", "link", "https://bukti.example/" + code))));
        }
        return items;
    }

    private static BigDecimal dec(Object value) {
        return new BigDecimal(value.toString());
    }

    private static List<Map<String, Object>> regencies(String index, String period) {
        return ScenarioApi.json(expect(
                        as(DevTokens.admin())
                                .queryParam("index", index)
                                .queryParam("period", period)
                                .queryParam("level", "regency")
                                .queryParam("parent", PROVINCE)
                                .get("/api/v1/ranking/regions"),
                        200,
                        "regions"))
                .getList("items");
    }

    private static Map<String, Object> regency(List<Map<String, Object>> rows, String region) {
        return rows.stream()
                .filter(r -> region.equals(r.get("regionCode")))
                .findFirst()
                .orElseThrow();
    }

    /** The Pemda's entity result of an index and period on its scorecard, or null while there is none. */
    private static Map<String, Object> entity(String pemda, String index, String period, int unitsWithData) {
        JsonPath card = ScenarioApi.json(
                expect(as(DevTokens.admin()).get("/api/v1/ranking/units/" + pemda + "/scorecard"), 200, "scorecard"));
        List<Map<String, Object>> entities = card.getList("entity");
        return entities.stream()
                .filter(e -> index.equals(e.get("indexCode")) && period.equals(e.get("period")))
                .filter(e -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> result = (Map<String, Object>) e.get("result");
                    return ((Number) result.get("unitsWithData")).intValue() == unitsWithData;
                })
                .findFirst()
                .orElse(null);
    }

    @Test
    void shouldScoreOpiniPerIndicatorAndRankThePemdaByTheMeanOfItsUnits() {
        String admin = DevTokens.admin();
        String dukcapil = Api.unit("Disdukcapil Kota Pangkalpinang " + UUID.randomUUID(), "DISDUKCAPIL", PANGKALPINANG);
        String ptsp = Api.unit("DPMPTSP Kota Pangkalpinang " + UUID.randomUUID(), "DPMPTSP", PANGKALPINANG);
        String sungailiat = Api.unit("DPMPTSP Kabupaten Bangka " + UUID.randomUUID(), "DPMPTSP", BANGKA);
        for (String unit : List.of(dukcapil, ptsp, sungailiat)) {
            ScenarioApi.awaitReplicas(unit);
        }
        String cycle = ScenarioApi.json(expect(
                        ScenarioApi.openCycle(
                                admin,
                                "OMBUDSMAN_OPINI",
                                2,
                                2023,
                                PROVINCE,
                                List.of("MANDIRI", "PROVINSI"),
                                List.of(dukcapil, ptsp, sungailiat)),
                        201,
                        "cycle"))
                .getString("id");

        // an answer out of the 0-3 interval is refused, naming the field, and nothing is written
        expect(ScenarioApi.movePhase(admin, cycle, "SELF_ASSESSMENT"), 200, "phase");
        String ptspAssessment = ScenarioApi.assessmentsByUnit(cycle).get(ptsp);
        String operator = DevTokens.operator(UUID.fromString(ptsp));
        List<Map<String, Object>> bad = new ArrayList<>(opini(1, 2, 2, 1));
        bad.set(3, Map.of("indicatorCode", "IN04", "value", 4));
        var refused = expect(ScenarioApi.answer(operator, ptspAssessment, Map.of("answers", bad)), 422, "level 4");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("errors.field", String.class)).containsExactly("answers[3].value");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("[0, 1, 2, 3]");
        var negative = expect(
                ScenarioApi.answer(
                        operator,
                        ptspAssessment,
                        Map.of("answers", List.of(Map.of("indicatorCode", "PG05", "value", -1)))),
                422,
                "level -1");
        assertThat(negative.jsonPath().getList("errors.field", String.class)).containsExactly("answers[0].value");
        JsonPath untouched = ScenarioApi.json(
                expect(as(admin).get("/api/v1/assessment/assessments/" + ptspAssessment), 200, "assessment"));
        assertThat(untouched.getList("answers")).isEmpty();

        // Disdukcapil: Input all 2 (2/3 → 66.67 %), Proses 3, Output 3, Pengaduan 2:
        //   .2185·200/3 + .3237·100 + .2424·100 + .2154·200/3 = 43.39·2/3 + 56.61 = 28.9267 + 56.61
        //   = 256.61/3 = 85.5367 → 85.54 → B (78 ≤ x < 88), hijau
        // DPMPTSP: Input 1, Proses 2, Output 2, Pengaduan 1:
        //   43.39/3 + 56.61·2/3 = 156.61/3 = 52.2033 → 52.20 → D (37 ≤ x < 57), merah
        // Bangka's DPMPTSP: every indicator 3 → 100.00 → A, hijau
        Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
        sheets.put(dukcapil, opini(2, 3, 3, 2));
        sheets.put(ptsp, opini(1, 2, 2, 1));
        sheets.put(sungailiat, opini(3, 3, 3, 3));
        Map<String, JsonPath> verified = ScenarioApi.assessAndVerify(cycle, DevTokens.evaluator(PROVINCE), sheets);

        JsonPath d = verified.get(dukcapil);
        assertThat(new BigDecimal(d.getString("result.total"))).isEqualByComparingTo("85.5366666667");
        assertThat(new BigDecimal(d.getString("result.value"))).isEqualByComparingTo("85.54");
        assertThat(d.getString("result.bandCode")).isEqualTo("B");
        assertThat(d.getString("result.zone")).isEqualTo("HIJAU");
        assertThat(d.getList("result.aspects.code", String.class))
                .containsExactly("input", "proses", "output", "pengaduan");
        assertThat(new BigDecimal(d.getString("result.aspects[0].score"))).isEqualByComparingTo("66.6666666667");
        assertThat(new BigDecimal(d.getString("result.aspects[1].score"))).isEqualByComparingTo("100");
        assertThat(d.getBoolean("result.basis.confirmed")).isFalse();
        JsonPath p = verified.get(ptsp);
        assertThat(new BigDecimal(p.getString("result.value"))).isEqualByComparingTo("52.20");
        assertThat(p.getString("result.bandCode")).isEqualTo("D");
        assertThat(p.getString("result.zone")).isEqualTo("MERAH");
        assertThat(new BigDecimal(verified.get(sungailiat).getString("result.value")))
                .isEqualByComparingTo("100.00");
        assertThat(verified.get(sungailiat).getString("result.bandCode")).isEqualTo("A");

        // the units rank among the units of the kota
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2023", Map.of("region", PANGKALPINANG))
                                .size()
                        == 2);
        List<Map<String, Object>> units =
                ScenarioApi.managerRanking("OPINI_OMBUDSMAN", "2023", Map.of("region", PANGKALPINANG));
        assertThat(units).extracting(r -> r.get("unitId")).containsExactly(dukcapil, ptsp);
        assertThat(units).extracting(r -> r.get("zone")).containsExactly("HIJAU", "MERAH");

        // the entity: (256.61/3 + 156.61/3) / 2 = 413.22/6 = 68.87 exactly → C (57 ≤ x < 78), kuning; Bangka's
        // single unit makes its entity 100.00, so Pangkalpinang ranks second among the Pemda of the province
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> entity(kota, "OPINI_OMBUDSMAN", "2023", 2) != null
                        && entity(kabupaten, "OPINI_OMBUDSMAN", "2023", 1) != null);
        Map<String, Object> entity = entity(kota, "OPINI_OMBUDSMAN", "2023", 2);
        assertThat((String) entity.get("rule")).startsWith("MEAN_OF_UNITS");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) entity.get("result");
        assertThat(dec(result.get("value"))).isEqualByComparingTo("68.87");
        assertThat(result.get("bandCode")).isEqualTo("C");
        assertThat(result.get("bandLabel")).isEqualTo("Kualitas Sedang");
        assertThat(result.get("zone")).isEqualTo("KUNING");
        assertThat(result.get("rank")).isEqualTo(2);
        assertThat(result.get("basis").toString()).contains("confirmed=false");

        List<Map<String, Object>> pemda = regencies("OPINI_OMBUDSMAN", "2023");
        assertThat(dec(regency(pemda, BANGKA).get("value"))).isEqualByComparingTo("100.00");
        assertThat(regency(pemda, BANGKA).get("rank")).isEqualTo(1);
        assertThat(dec(regency(pemda, PANGKALPINANG).get("value"))).isEqualByComparingTo("68.87");
        assertThat(regency(pemda, PANGKALPINANG).get("rank")).isEqualTo(2);

        // the unit's own scorecard carries its result and no entity part
        Map<String, Object> card = Api.scorecardEntry(dukcapil, "OPINI_OMBUDSMAN", "2023");
        assertThat(card.get("bandCode")).isEqualTo("B");
        assertThat(card.get("rankInProvince")).isEqualTo(2);
        assertThat(ScenarioApi.json(as(admin).get("/api/v1/ranking/units/" + dukcapil + "/scorecard"))
                        .getList("entity"))
                .isEmpty();
    }

    /**
     * Seed 002: Ombudsman 2015, Pemerintah Kota Pangkalpinang, 55.19, zona kuning. Under the seeded 2013-2021
     * instrument (OMBUDSMAN_KEPATUHAN v1: eleven yes/no components weighing 10 or 5) a product scores a multiple of
     * 5, so 36 products (the seed's count) cannot average to 55.19 (1985/36 = 55.14, 1990/36 = 55.28); 26 can, and
     * 26 is the fewest that can.
     */
    @Test
    void shouldAggregateThePangkalpinang2015EntityFromItsProductsTo5519Kuning() {
        // 25 products with P01-P05 and P10: 5·10 + 5 = 55; one with P01-P06: 6·10 = 60.
        // Entity: (25·55 + 60) / 26 = 1435 / 26 = 55.1923.. → 55.19 → kepatuhan sedang (51 ≤ x < 81), kuning.
        // Bangka's one product with P01-P07: 70 → its entity 70.00, kuning, first among the Pemda.
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            products.add(Api.unit(
                    "Produk layanan " + (i + 1) + " Kota Pangkalpinang " + UUID.randomUUID(), "OTHER", PANGKALPINANG));
        }
        String bangkaProduct = Api.unit("Produk layanan Kabupaten Bangka " + UUID.randomUUID(), "OTHER", BANGKA);
        ScenarioApi.awaitReplicas(bangkaProduct);
        for (String product : products) {
            ScenarioApi.awaitReplicas(product);
        }
        List<String> lokus = new ArrayList<>(products);
        lokus.add(bangkaProduct);
        String admin = DevTokens.admin();
        String cycle = ScenarioApi.json(expect(
                        ScenarioApi.openCycle(
                                admin, "OMBUDSMAN_KEPATUHAN", 1, 2015, PROVINCE, List.of("MANDIRI", "PROVINSI"), lokus),
                        201,
                        "cycle"))
                .getString("id");
        Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < products.size(); i++) {
            sheets.put(
                    products.get(i),
                    kepatuhan(
                            i == 0
                                    ? List.of("P01", "P02", "P03", "P04", "P05", "P06")
                                    : List.of("P01", "P02", "P03", "P04", "P05", "P10")));
        }
        sheets.put(bangkaProduct, kepatuhan(List.of("P01", "P02", "P03", "P04", "P05", "P06", "P07")));
        Map<String, JsonPath> verified = ScenarioApi.assessAndVerify(cycle, DevTokens.evaluator(PROVINCE), sheets);
        assertThat(new BigDecimal(verified.get(products.get(0)).getString("result.value")))
                .isEqualByComparingTo("60.00");
        assertThat(new BigDecimal(verified.get(products.get(1)).getString("result.value")))
                .isEqualByComparingTo("55.00");
        assertThat(verified.get(products.get(1)).getString("result.bandCode")).isEqualTo("KUNING");

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> entity(kota, "KEPATUHAN", "2015", 26) != null
                        && entity(kabupaten, "KEPATUHAN", "2015", 1) != null);
        Map<String, Object> entity = entity(kota, "KEPATUHAN", "2015", 26);
        assertThat((String) entity.get("rule")).startsWith("MEAN_OF_UNITS");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) entity.get("result");
        assertThat(dec(result.get("value"))).isEqualByComparingTo("55.19");
        assertThat(result.get("bandCode")).isEqualTo("KUNING");
        assertThat(result.get("bandLabel")).isEqualTo("Kepatuhan sedang");
        assertThat(result.get("zone")).isEqualTo("KUNING");
        assertThat(result.get("rank")).isEqualTo(2);

        List<Map<String, Object>> pemda = regencies("KEPATUHAN", "2015");
        assertThat(regency(pemda, BANGKA).get("rank")).isEqualTo(1);
        assertThat(dec(regency(pemda, BANGKA).get("value"))).isEqualByComparingTo("70.00");
        assertThat(regency(pemda, PANGKALPINANG).get("rank")).isEqualTo(2);
        assertThat(dec(regency(pemda, PANGKALPINANG).get("value"))).isEqualByComparingTo("55.19");
        assertThat(regency(pemda, PANGKALPINANG).get("zone")).isEqualTo("KUNING");

        // the products rank among the units of the kota: the one at 60 first, the 25 at 55 share the second rank
        List<Map<String, Object>> rows =
                ScenarioApi.managerRanking("KEPATUHAN", "2015", Map.of("region", PANGKALPINANG));
        assertThat(rows).hasSize(26);
        assertThat(rows.get(0).get("unitId")).isEqualTo(products.get(0));
        assertThat(rows).extracting(r -> r.get("rank")).containsOnly(1, 2);
    }
}
