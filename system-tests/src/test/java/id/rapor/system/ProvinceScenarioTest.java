package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static id.rapor.system.ScenarioApi.twoDecimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.system.ScenarioApi.Indicator;
import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A province (Sulawesi Selatan, 73) runs a whole year through the gateway only: its Biro Organisasi onboards eight
 * kecamatan offices in three kabupaten by bulk import (JSON and CSV, with Idempotency-Key), each unit's operator
 * opens an SKM campaign and responses arrive by all three paths (single, JSON batch, CSV of paper forms), a PEKPPP
 * cycle runs through self-assessment, the KABKOTA and PROVINSI tiers and verification; then every ranking, band,
 * zone, roll-up and coverage must equal what this test computes from the answers it sent.
 *
 * <p>Isolation on the shared stack: a random year no other test uses (the IKM period {@code <year>-S1}, the IPP
 * period {@code <year>}), regencies 73.01–73.03 that no other system test registers units in, and unit type
 * KECAMATAN (no other system test registers kecamatan offices in province 73), so registered-unit counts are exact.
 */
class ProvinceScenarioTest {

    private static final String PROVINCE = "73";
    private static final String TYPE = "KECAMATAN";

    // SKM respondents: the nine answers U1..U9. Each profile's total is a multiple of 9, so a respondent's mean
    // answer ("level") is a whole number and a unit's IKM = 25 × Σ levels ÷ n (PermenPANRB 14/2017: NRR per unsur =
    // Σ nilai ÷ n, IKM = Σ NRR × 1/9 × 25, all respondents answer all nine unsur).
    private static final int[] P4 = {4, 4, 4, 4, 4, 4, 4, 4, 4};
    private static final int[] P3 = {3, 3, 3, 3, 3, 3, 3, 3, 3};
    private static final int[] P3M = {4, 4, 4, 2, 2, 2, 3, 3, 3};
    private static final int[] P2 = {2, 2, 2, 2, 2, 2, 2, 2, 2};
    private static final int[] P2M = {1, 1, 1, 3, 3, 3, 2, 2, 2};
    private static final int[] P1 = {1, 1, 1, 1, 1, 1, 1, 1, 1};

    /** One unit of the province, what it receives, and the values worked out by hand from that. */
    private record Plan(
            String key,
            String name,
            String regency,
            int[] single,
            List<int[]> batch,
            List<int[]> voidedFromBatch,
            List<int[]> csv,
            String handIkm,
            ToIntFunction<Indicator> provinsi,
            String handIpp) {

        boolean lokus() {
            return provinsi != null;
        }

        /** The answers the survey must count: everything sent except the voided rows. */
        List<int[]> counted() {
            List<int[]> all = new ArrayList<>();
            if (single != null) {
                all.add(single);
            }
            all.addAll(batch);
            all.addAll(csv);
            return all;
        }
    }

    private static final List<Plan> PLANS = List.of(
            // levels 4,4,4,4 (the P1 row is voided): 25 × 16/4 = 100.00 (A). IPP: every indicator 5 → 5.00 (A).
            new Plan(
                    "U1",
                    "Kantor Kecamatan Benteng",
                    "73.01",
                    P4,
                    List.of(P4, P4),
                    List.of(P1),
                    List.of(P4),
                    "100.00",
                    i -> 5,
                    "5.00"),
            // levels 4,3,4,3: 25 × 14/4 = 87.50 (B). IPP: aspect a = 4 + (17+17)% = 4.34 (5 on 1.a.Ak and 6.a.B),
            // others 4: .24 × 4.34 + .76 × 4 = 1.0416 + 3.04 = 4.0816 → 4.08 (A-).
            new Plan(
                    "U2",
                    "Kantor Kecamatan Bontoharu",
                    "73.01",
                    P4,
                    List.of(P3M, P4),
                    List.of(),
                    List.of(P3),
                    "87.50",
                    i -> Set.of("1.a.Ak", "6.a.B").contains(i.code()) ? 5 : 4,
                    "4.08"),
            // levels 3,2,3,2: 25 × 10/4 = 62.50 (D). IPP: all 3 → 3.00 (C).
            new Plan(
                    "U3",
                    "Kantor Kecamatan Bontomatene",
                    "73.01",
                    P3,
                    List.of(P2M, P3),
                    List.of(),
                    List.of(P2),
                    "62.50",
                    i -> 3,
                    "3.00"),
            // levels 3,4,4,3: 87.50, the deliberate IKM tie with U2. IPP: aspect a = 4 + (17+7+10)% = 4.34 from
            // other indicators (1.a.Ak, 3.a.T, 5.a.K) → 4.0816, the deliberate IPP tie with U2.
            new Plan(
                    "U4",
                    "Kantor Kecamatan Ujung Bulu",
                    "73.02",
                    P3M,
                    List.of(P4, P4),
                    List.of(),
                    List.of(P3),
                    "87.50",
                    i -> Set.of("1.a.Ak", "3.a.T", "5.a.K").contains(i.code()) ? 5 : 4,
                    "4.08"),
            // levels 3,3,3,3,4,3: 25 × 19/6 = 79.1666… → 79.17 (B). IPP: all 1 → 1.00, below E's 1.01 → F.
            new Plan(
                    "U5",
                    "Kantor Kecamatan Gantarang",
                    "73.02",
                    P3,
                    List.of(P3, P3M, P3),
                    List.of(),
                    List.of(P4, P3),
                    "79.17",
                    i -> 1,
                    "1.00"),
            // levels 3,2,3,3,3: 25 × 14/5 = 70.00 (C). IPP: aspect e = 4, others 3: .10 × 4 + .90 × 3 = 3.10 (B-).
            new Plan(
                    "U6",
                    "Kantor Kecamatan Kajang",
                    "73.02",
                    P3,
                    List.of(P2, P3M),
                    List.of(),
                    List.of(P3, P3),
                    "70.00",
                    i -> "e".equals(i.aspect()) ? 4 : 3,
                    "3.10"),
            // levels 2,2,1,3: 25 × 8/4 = 50.00 (D). Not a PEKPPP lokus.
            new Plan(
                    "U7",
                    "Kantor Kecamatan Bissappu",
                    "73.03",
                    P2,
                    List.of(P2M, P1),
                    List.of(),
                    List.of(P3),
                    "50.00",
                    null,
                    null),
            // Registered with a campaign but no response yet, and not a lokus: counts for coverage only.
            new Plan(
                    "U8",
                    "Kantor Kecamatan Eremerasa",
                    "73.03",
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null));

    /** SKM 2017 mutu on the 2-decimal IKM (REFERENCE.md §1.4): A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D. */
    private static String mutu(BigDecimal ikm) {
        return ikm.compareTo(new BigDecimal("88.31")) >= 0
                ? "A"
                : ikm.compareTo(new BigDecimal("76.61")) >= 0
                        ? "B"
                        : ikm.compareTo(new BigDecimal("65.00")) >= 0 ? "C" : "D";
    }

    /** Zone of an SKM mutu (the ranking's definition: A, B hijau; C kuning; D merah). */
    private static String ikmZone(String mutu) {
        return switch (mutu) {
            case "A", "B" -> "HIJAU";
            case "C" -> "KUNING";
            default -> "MERAH";
        };
    }

    private static final String[][] IPP_BANDS = {
        {"4.51", "A", "HIJAU"},
        {"4.01", "A-", "HIJAU"},
        {"3.51", "B", "HIJAU"},
        {"3.01", "B-", "KUNING"},
        {"2.51", "C", "KUNING"},
        {"2.01", "C-", "KUNING"},
        {"1.51", "D", "MERAH"},
        {"1.01", "E", "MERAH"},
        {"0", "F", "MERAH"}
    };

    /** IPP category and zone of a 2-decimal IPP (REFERENCE.md §3.7). */
    private static String[] ippBand(BigDecimal ipp) {
        for (String[] band : IPP_BANDS) {
            if (ipp.compareTo(new BigDecimal(band[0])) >= 0) {
                return new String[] {band[1], band[2]};
            }
        }
        throw new IllegalArgumentException("negative IPP " + ipp);
    }

    /** What the test expects for one unit and one index. */
    private record Expected(
            String unitId, String name, String regency, BigDecimal value, String band, String zone, Long respondents) {}

    @Test
    void shouldRankUnitsAndRollUpRegionsExactlyAsComputedFromTheInputsSent() {
        SystemStack.get();
        int year = 2101 + ThreadLocalRandom.current().nextInt(49);
        String ikmPeriod = year + "-S1";
        String ippPeriod = String.valueOf(year);
        String suffix = Api.uniq();
        String biro = DevTokens.evaluator(PROVINCE);

        Map<String, String> ids = onboard(biro, suffix);
        ids.values().forEach(ScenarioApi::awaitReplicas);

        Map<String, String> campaigns = collectResponses(ids, ikmPeriod, suffix);
        runPekppp(ids, year, biro, suffix);

        // Independent expectations from the inputs.
        Map<String, Expected> ikm = new LinkedHashMap<>();
        Map<String, Expected> ipp = new LinkedHashMap<>();
        for (Plan plan : PLANS) {
            String id = ids.get(plan.key());
            List<int[]> counted = plan.counted();
            if (!counted.isEmpty()) {
                BigDecimal value = ikmOf(counted);
                assertThat(value).as("hand arithmetic of %s", plan.key()).isEqualByComparingTo(plan.handIkm());
                String mutu = mutu(value);
                ikm.put(
                        id,
                        new Expected(id, plan.name() + " " + suffix, plan.regency(), value, mutu, ikmZone(mutu), (long)
                                counted.size()));
            }
            if (plan.lokus()) {
                BigDecimal value = twoDecimals(ScenarioApi.ipp(plan.provinsi()));
                assertThat(value).as("hand arithmetic of %s", plan.key()).isEqualByComparingTo(plan.handIpp());
                String[] band = ippBand(value);
                ipp.put(
                        id,
                        new Expected(id, plan.name() + " " + suffix, plan.regency(), value, band[0], band[1], null));
            }
        }

        awaitRankings(ikmPeriod, ippPeriod, ids, campaigns, ipp);

        checkSurveyResults(campaigns, ids, ikm, ikmPeriod);
        Map<String, Integer> ikmRanks = checkUnitRanking("IKM", ikmPeriod, ikm);
        Map<String, Integer> ippRanks = checkUnitRanking("IPP", ippPeriod, ipp);
        // The deliberate ties: U2 and U4 share rank 2 in both indices and the next rank is 4.
        assertThat(List.of(ikmRanks.get(ids.get("U2")), ikmRanks.get(ids.get("U4")), ikmRanks.get(ids.get("U5"))))
                .containsExactly(2, 2, 4);
        assertThat(List.of(ippRanks.get(ids.get("U2")), ippRanks.get(ids.get("U4")), ippRanks.get(ids.get("U6"))))
                .containsExactly(2, 2, 4);
        checkFilters(ikmPeriod, ikm);
        checkScorecard(ids.get("U5"), ikmPeriod, ippPeriod, ikmRanks, ippRanks, ikm.size(), ipp.size());

        Map<String, Long> registered =
                PLANS.stream().collect(Collectors.groupingBy(Plan::regency, TreeMap::new, Collectors.counting()));
        List<String[]> summary = new ArrayList<>();
        checkRollups("IKM", ikmPeriod, ikm, registered, summary);
        checkRollups("IPP", ippPeriod, ipp, registered, summary);

        checkPublication(biro, ids.get("U5"), ikmPeriod, ippPeriod);

        print(ids, ikm, ipp, ikmRanks, ippRanks, summary, year);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Publication: anonymous readers see nothing until the Biro Organisasi publishes, then exactly the live rows.

    private static void checkPublication(String biro, String unitId, String ikmPeriod, String ippPeriod) {
        Response before = as(null).queryParam("index", "IKM")
                .queryParam("period", ikmPeriod)
                .queryParam("region", PROVINCE)
                .get("/api/v1/ranking/units");
        assertThat(before.statusCode()).as("anonymous read before publication").isEqualTo(404);
        assertThat(before.jsonPath().getString("type")).endsWith("/not-published");

        for (String period : List.of(ikmPeriod, ippPeriod)) {
            Response published = expect(
                    as(biro).contentType("application/json")
                            .body(Map.of("regionCode", PROVINCE, "period", period))
                            .post("/api/v1/ranking/publications"),
                    201,
                    "publication of " + period);
            assertThat(published.jsonPath().getInt("version")).isEqualTo(1);
        }
        for (String[] read : List.of(
                new String[] {"IKM", ikmPeriod, PROVINCE},
                new String[] {"IPP", ippPeriod, PROVINCE},
                new String[] {"IKM", ikmPeriod, "73.02"})) {
            List<Object> live = unitRanking(read[0], read[1], read[2], null).getList("items");
            JsonPath anonymous = ScenarioApi.json(expect(
                    as(null).queryParam("index", read[0])
                            .queryParam("period", read[1])
                            .queryParam("region", read[2])
                            .queryParam("size", 100)
                            .get("/api/v1/ranking/units"),
                    200,
                    "anonymous ranking of " + String.join(" ", read)));
            assertThat(anonymous.getList("items"))
                    .as("published rows of %s", List.of(read))
                    .isEqualTo(live);
            assertThat(anonymous.getInt("publication.version")).isEqualTo(1);
        }
        List<Object> liveRegions =
                regions("IKM", ikmPeriod, "regency", PROVINCE, null).getList("items");
        JsonPath anonymousRegions = ScenarioApi.json(expect(
                as(null).queryParam("index", "IKM")
                        .queryParam("period", ikmPeriod)
                        .queryParam("level", "regency")
                        .queryParam("parent", PROVINCE)
                        .queryParam("size", 1000)
                        .get("/api/v1/ranking/regions"),
                200,
                "anonymous region ranking"));
        assertThat(anonymousRegions.getList("items")).isEqualTo(liveRegions);
        JsonPath card = ScenarioApi.json(
                expect(as(null).get("/api/v1/ranking/units/" + unitId + "/scorecard"), 200, "anonymous scorecard"));
        // both published periods (the year's IKM pools its semesters) as the live scorecard has them, nothing else
        JsonPath liveCard = ScenarioApi.json(expect(
                as(DevTokens.admin()).get("/api/v1/ranking/units/" + unitId + "/scorecard"), 200, "live scorecard"));
        assertThat(card.getList("indices.find { it.indexCode == 'IKM' }.periods.period", String.class))
                .containsExactly(ippPeriod, ikmPeriod);
        assertThat(card.getList("indices")).isEqualTo(liveCard.getList("indices"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Onboarding: the Biro Organisasi imports the units, JSON first, then a CSV; each replayed with its key.

    private Map<String, String> onboard(String biro, String suffix) {
        List<Plan> json = PLANS.subList(0, 5);
        List<Plan> csvPlans = PLANS.subList(5, PLANS.size());
        List<Map<String, Object>> rows = json.stream()
                .map(p -> Map.<String, Object>of(
                        "name",
                        p.name() + " " + suffix,
                        "type",
                        TYPE,
                        "regionCode",
                        p.regency(),
                        "parentOrganisation",
                        "Pemerintah Kabupaten"))
                .toList();
        String jsonKey = "units-json-" + UUID.randomUUID();
        JsonPath first = expect(
                        as(biro).contentType(ContentType.JSON)
                                .header("Idempotency-Key", jsonKey)
                                .body(rows)
                                .post("/api/v1/units/bulk"),
                        201,
                        "bulk JSON import")
                .jsonPath();
        assertThat(first.getInt("created")).isEqualTo(5);
        JsonPath replay = expect(
                        as(biro).contentType(ContentType.JSON)
                                .header("Idempotency-Key", jsonKey)
                                .body(rows)
                                .post("/api/v1/units/bulk"),
                        200,
                        "bulk JSON replay")
                .jsonPath();
        assertThat(replay.getList("units.id")).isEqualTo(first.getList("units.id"));

        StringBuilder csv = new StringBuilder("name,type,regionCode,parentOrganisation\n");
        csvPlans.forEach(p -> csv.append(p.name())
                .append(' ')
                .append(suffix)
                .append(',')
                .append(TYPE)
                .append(',')
                .append(p.regency())
                .append(",Pemerintah Kabupaten\n"));
        String csvKey = "units-csv-" + UUID.randomUUID();
        JsonPath csvFirst = expect(
                        as(biro).contentType("text/csv; charset=UTF-8")
                                .header("Idempotency-Key", csvKey)
                                .body(csv.toString())
                                .post("/api/v1/units/bulk"),
                        201,
                        "bulk CSV import")
                .jsonPath();
        assertThat(csvFirst.getInt("created")).isEqualTo(3);
        JsonPath csvReplay = expect(
                        as(biro).contentType("text/csv; charset=UTF-8")
                                .header("Idempotency-Key", csvKey)
                                .body(csv.toString())
                                .post("/api/v1/units/bulk"),
                        200,
                        "bulk CSV replay")
                .jsonPath();
        assertThat(csvReplay.getList("units.id")).isEqualTo(csvFirst.getList("units.id"));

        Map<String, String> ids = new LinkedHashMap<>();
        List<String> created = new ArrayList<>(first.getList("units.id", String.class));
        created.addAll(csvFirst.getList("units.id", String.class));
        for (int i = 0; i < PLANS.size(); i++) {
            ids.put(PLANS.get(i).key(), created.get(i));
        }
        // The replays registered nothing: each regency holds exactly its planned units.
        for (String regency : List.of("73.01", "73.02", "73.03")) {
            long planned =
                    PLANS.stream().filter(p -> p.regency().equals(regency)).count();
            assertThat(as(biro).queryParam("region", regency)
                            .queryParam("type", TYPE)
                            .get("/api/v1/units")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("total"))
                    .as(regency)
                    .isEqualTo(planned);
        }
        return ids;
    }

    // ---------------------------------------------------------------------------------------------------------
    // SKM: each operator opens a campaign; responses arrive single (kiosk or operator), as a JSON batch from the
    // operator and as a CSV of paper forms typed in by the kabupaten's Bagian Organisasi; one row is voided.

    private Map<String, String> collectResponses(Map<String, String> ids, String period, String suffix) {
        Map<String, String> campaigns = new LinkedHashMap<>();
        for (Plan plan : PLANS) {
            String unitId = ids.get(plan.key());
            String operator = DevTokens.operator(UUID.fromString(unitId));
            String campaign = expect(
                            ScenarioApi.openCampaign(operator, unitId, period, 100L), 201, "campaign of " + plan.key())
                    .jsonPath()
                    .getString("id");
            campaigns.put(plan.key(), campaign);
            String base = "/api/v1/survey/campaigns/" + campaign + "/responses";
            String prefix = plan.key() + "-" + suffix;

            if (plan.single() != null) {
                Map<String, Object> one = ScenarioApi.skmResponse(prefix + "-single", plan.single());
                // Two kiosks are anonymous; the other single responses come from the operator's web form.
                String token = Set.of("U1", "U2").contains(plan.key()) ? null : operator;
                Response accepted = ScenarioApi.honouringRateLimit(() -> as(token)
                        .contentType(ContentType.JSON)
                        .headers(token == null ? ScenarioApi.publicForm(campaign) : Map.of())
                        .header("Idempotency-Key", prefix + "-single")
                        .body(one)
                        .post(base));
                expect(accepted, 201, "single response of " + plan.key());
                if ("U3".equals(plan.key())) {
                    Response replay =
                            as(operator).contentType(ContentType.JSON).body(one).post(base);
                    expect(replay, 200, "replayed single response");
                    assertThat(replay.jsonPath().getString("responseId"))
                            .isEqualTo(accepted.jsonPath().getString("responseId"));
                }
            }

            List<int[]> batchRows = new ArrayList<>(plan.batch());
            batchRows.addAll(plan.voidedFromBatch());
            if (!batchRows.isEmpty()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < batchRows.size(); i++) {
                    rows.add(ScenarioApi.skmResponse(prefix + "-batch-" + i, batchRows.get(i)));
                }
                String key = prefix + "-batch";
                JsonPath batch = expect(
                                as(operator)
                                        .contentType(ContentType.JSON)
                                        .header("Idempotency-Key", key)
                                        .body(rows)
                                        .post(base + "/batch"),
                                200,
                                "batch of " + plan.key())
                        .jsonPath();
                assertThat(batch.getInt("accepted")).isEqualTo(rows.size());
                JsonPath replay = expect(
                                as(operator)
                                        .contentType(ContentType.JSON)
                                        .header("Idempotency-Key", key)
                                        .body(rows)
                                        .post(base + "/batch"),
                                200,
                                "batch replay of " + plan.key())
                        .jsonPath();
                assertThat(replay.getLong("respondents")).isEqualTo(batch.getLong("respondents"));
                for (int i = plan.batch().size(); i < batchRows.size(); i++) {
                    // The operator only requests the void; the kabupaten's Bagian Organisasi approves it.
                    String request = expect(
                                    as(operator)
                                            .contentType(ContentType.JSON)
                                            .body(Map.of("reason", "Diisi dua kali oleh petugas"))
                                            .post(base + "/" + prefix + "-batch-" + i + "/void"),
                                    202,
                                    "void request")
                            .jsonPath()
                            .getString("id");
                    JsonPath voided = expect(
                                    as(DevTokens.evaluator(plan.regency()))
                                            .contentType(ContentType.JSON)
                                            .body(Map.of("reason", "Duplikat, dicek di buku tamu"))
                                            .post("/api/v1/survey/void-requests/" + request + "/approve"),
                                    200,
                                    "void")
                            .jsonPath();
                    assertThat(voided.getBoolean("voided")).isTrue();
                }
            }

            if (!plan.csv().isEmpty()) {
                List<String> clientIds = new ArrayList<>();
                for (int i = 0; i < plan.csv().size(); i++) {
                    clientIds.add(prefix + "-paper-" + i);
                }
                JsonPath imported = expect(
                                as(DevTokens.evaluator(plan.regency()))
                                        .contentType("text/csv; charset=UTF-8")
                                        .header("Idempotency-Key", prefix + "-csv")
                                        .queryParam("batchReference", "Kotak " + plan.key())
                                        .body(ScenarioApi.skmCsv(clientIds, plan.csv()))
                                        .post(base + "/csv"),
                                200,
                                "CSV of " + plan.key())
                        .jsonPath();
                assertThat(imported.getInt("accepted")).isEqualTo(plan.csv().size());
            }
            // Uniform answer sheets are flagged on arrival (straight-lining, identical runs) and held out of the
            // index until the Bagian Organisasi has checked them against the paper forms and accepted them.
            ScenarioApi.acceptFlagged(DevTokens.evaluator(plan.regency()), campaign);
            assertThat(Api.surveyResult(campaign).getLong("respondents"))
                    .isEqualTo(plan.counted().size());
        }
        return campaigns;
    }

    // ---------------------------------------------------------------------------------------------------------
    // PEKPPP Mandiri: the Biro opens a provincial cycle for six units; operators self-assess (all 5) and submit,
    // each kabupaten's Bagian Organisasi scores the KABKOTA tier (all 4), the Biro the PROVINSI tier and verifies.

    private void runPekppp(Map<String, String> ids, int year, String biro, String suffix) {
        List<Plan> lokus = PLANS.stream().filter(Plan::lokus).toList();
        JsonPath cycle = expect(
                        ScenarioApi.openCycle(
                                biro,
                                "PEKPPP Mandiri Sulawesi Selatan " + year + " " + suffix,
                                year,
                                PROVINCE,
                                lokus.stream().map(p -> ids.get(p.key())).toList()),
                        201,
                        "cycle")
                .jsonPath();
        String cycleId = cycle.getString("id");
        assertThat(cycle.getLong("lokus")).isEqualTo(lokus.size());
        assertThat(cycle.getList("tiers")).containsExactly("MANDIRI", "KABKOTA", "PROVINSI");
        assertThat(expect(ScenarioApi.movePhase(biro, cycleId, "SELF_ASSESSMENT"), 200, "phase")
                        .jsonPath()
                        .getString("currentPhase"))
                .isEqualTo("SELF_ASSESSMENT");
        Map<String, String> assessments = ScenarioApi.assessmentsByUnit(cycleId);
        assertThat(assessments).hasSize(lokus.size());

        for (Plan plan : lokus) {
            String unitId = ids.get(plan.key());
            String operator = DevTokens.operator(UUID.fromString(unitId));
            String assessment = assessments.get(unitId);
            expect(ScenarioApi.answer(operator, assessment, ScenarioApi.answers(i -> 5)), 200, "answers");
            assertThat(expect(ScenarioApi.submit(operator, assessment), 200, "submit")
                            .jsonPath()
                            .getString("status"))
                    .isEqualTo("SUBMITTED");
        }
        expect(ScenarioApi.movePhase(biro, cycleId, "EVALUATION"), 200, "phase");
        for (Plan plan : lokus) {
            String assessment = assessments.get(ids.get(plan.key()));
            expect(
                    ScenarioApi.score(
                            DevTokens.evaluator(plan.regency()), assessment, "KABKOTA", ScenarioApi.scores(i -> 4)),
                    200,
                    "KABKOTA scores of " + plan.key());
            expect(
                    ScenarioApi.score(biro, assessment, "PROVINSI", ScenarioApi.scores(plan.provinsi())),
                    200,
                    "PROVINSI scores of " + plan.key());
            JsonPath verified =
                    ScenarioApi.json(expect(ScenarioApi.verify(biro, assessment), 200, "verify " + plan.key()));
            assertThat(verified.getString("status")).isEqualTo("VERIFIED");
            // The assessment service's own result: the PROVINSI tier, exact, with the version's band.
            BigDecimal exact = ScenarioApi.ipp(plan.provinsi());
            assertThat(new BigDecimal(verified.getString("result.total"))).isEqualByComparingTo(exact);
            String[] band = ippBand(twoDecimals(exact));
            assertThat(verified.getString("result.bandCode")).isEqualTo(band[0]);
            assertThat(verified.getString("result.zone")).isEqualTo(band[1]);
            assertThat(new BigDecimal(verified.getString("tiers.find { it.tier == 'MANDIRI' }.result.total")))
                    .isEqualByComparingTo("5");
            assertThat(new BigDecimal(verified.getString("tiers.find { it.tier == 'KABKOTA' }.result.total")))
                    .isEqualByComparingTo("4");
        }
        expect(ScenarioApi.movePhase(biro, cycleId, "FINAL"), 200, "phase");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checks.

    /** IKM on the 25–100 scale, 2 decimals half-up, from the respondents' answers: 25 × Σ_i (1/9)(S_i ÷ n). */
    private static BigDecimal ikmOf(List<int[]> respondents) {
        long total = 0;
        for (int[] answers : respondents) {
            for (int a : answers) {
                total += a;
            }
        }
        return BigDecimal.valueOf(25 * total)
                .divide(BigDecimal.valueOf(9L * respondents.size()), 2, RoundingMode.HALF_UP);
    }

    private static JsonPath unitRanking(String index, String period, String region, String zone) {
        // the live ranking, as a manager reads it (anonymous readers see the published one)
        var request = as(DevTokens.admin())
                .queryParam("index", index)
                .queryParam("period", period)
                .queryParam("region", region)
                .queryParam("size", 100);
        if (zone != null) {
            request.queryParam("zone", zone);
        }
        return ScenarioApi.json(expect(request.get("/api/v1/ranking/units"), 200, "unit ranking"));
    }

    /**
     * Waits until the ranking holds the survey's latest tally of every campaign (not merely the same respondent
     * count: U1's count passes through 4 before its void and CSV) and a verified IPP for every lokus.
     */
    private void awaitRankings(
            String ikmPeriod,
            String ippPeriod,
            Map<String, String> ids,
            Map<String, String> campaigns,
            Map<String, Expected> ipp) {
        Map<String, Long> latest = new LinkedHashMap<>();
        campaigns.forEach((key, campaign) -> {
            long version = ScenarioApi.json(
                            expect(as(DevTokens.admin()).get("/api/v1/survey/campaigns/" + campaign), 200, "campaign"))
                    .getLong("tallyVersion");
            if (version > 0) {
                latest.put(key, version);
            }
        });
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (Map.Entry<String, Long> campaign : latest.entrySet()) {
                        Map<String, Object> entry = Api.scorecardEntry(ids.get(campaign.getKey()), "IKM", ikmPeriod);
                        if (entry == null) {
                            return false;
                        }
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> inputs = (List<Map<String, Object>>)
                                ((Map<String, Object>) entry.get("inputs")).get("campaigns");
                        if (inputs == null
                                || inputs.stream()
                                        .noneMatch(c ->
                                                campaigns.get(campaign.getKey()).equals(c.get("campaignId"))
                                                        && ((Number) c.get("tallyVersion")).longValue()
                                                                == campaign.getValue())) {
                            return false;
                        }
                    }
                    return true;
                });
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> unitRanking("IPP", ippPeriod, PROVINCE, null)
                                .getList("items")
                                .size()
                        == ipp.size());
    }

    private void checkSurveyResults(
            Map<String, String> campaigns, Map<String, String> ids, Map<String, Expected> ikm, String period) {
        for (Plan plan : PLANS) {
            Expected expected = ikm.get(ids.get(plan.key()));
            String unitPath = "/api/v1/survey/units/" + ids.get(plan.key());
            // a draft: anonymous readers see nothing until the Biro Organisasi publishes the result
            expect(as(null).queryParam("period", period).get(unitPath + "/result"), 404, "unpublished unit result");
            expect(
                    as(DevTokens.evaluator(PROVINCE))
                            .contentType(ContentType.JSON)
                            .body(Map.of("period", period))
                            .post(unitPath + "/publications"),
                    201,
                    "publish unit result");
            JsonPath result = ScenarioApi.json(expect(
                    as(null).get("/api/v1/survey/campaigns/" + campaigns.get(plan.key()) + "/result"),
                    200,
                    "campaign result"));
            JsonPath unit = ScenarioApi.json(expect(
                    as(null).queryParam("period", period)
                            .get("/api/v1/survey/units/" + ids.get(plan.key()) + "/result"),
                    200,
                    "unit result"));
            if (expected == null) {
                assertThat(result.getLong("respondents")).isZero();
                continue;
            }
            for (JsonPath r : List.of(result, unit)) {
                assertThat(r.getLong("respondents")).as(plan.key()).isEqualTo(expected.respondents());
                assertThat(new BigDecimal(r.getString("ikmKonversi")))
                        .as(plan.key())
                        .isEqualByComparingTo(expected.value());
                assertThat(r.getString("mutu")).as(plan.key()).isEqualTo(expected.band());
            }
        }
    }

    /** Competition ranks (1, 2, 2, 4) by value, best first. */
    private static Map<String, Integer> competitionRanks(Map<String, Expected> expected) {
        List<Expected> sorted = expected.values().stream()
                .sorted(Comparator.comparing(Expected::value).reversed().thenComparing(Expected::name))
                .toList();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie =
                    i > 0 && sorted.get(i - 1).value().compareTo(sorted.get(i).value()) == 0;
            ranks.put(sorted.get(i).unitId(), tie ? ranks.get(sorted.get(i - 1).unitId()) : i + 1);
        }
        return ranks;
    }

    private Map<String, Integer> checkUnitRanking(String index, String period, Map<String, Expected> expected) {
        Map<String, Integer> ranks = competitionRanks(expected);
        List<Map<String, Object>> rows =
                unitRanking(index, period, PROVINCE, null).getList("items");
        assertThat(rows.stream().map(r -> (String) r.get("unitId")).toList())
                .as(index + " order")
                .containsExactlyElementsOf(ranks.keySet());
        for (Map<String, Object> row : rows) {
            Expected e = expected.get((String) row.get("unitId"));
            String what = index + " " + e.name();
            assertThat(row.get("state")).as(what).isEqualTo("OK");
            assertThat(row.get("rank")).as(what).isEqualTo(ranks.get(e.unitId()));
            assertThat(new BigDecimal(row.get("value").toString())).as(what).isEqualByComparingTo(e.value());
            assertThat(row.get("bandCode")).as(what).isEqualTo(e.band());
            assertThat(row.get("zone")).as(what).isEqualTo(e.zone());
            assertThat(row.get("regionCode")).as(what).isEqualTo(e.regency());
            if (e.respondents() != null) {
                assertThat(((Number) row.get("respondents")).longValue())
                        .as(what)
                        .isEqualTo(e.respondents());
            }
        }
        return ranks;
    }

    /** A regency filter ranks within the regency; a zone filter keeps each unit's real rank. */
    private void checkFilters(String period, Map<String, Expected> ikm) {
        Map<String, Expected> bulukumba = ikm.values().stream()
                .filter(e -> e.regency().equals("73.02"))
                .collect(Collectors.toMap(Expected::unitId, e -> e, (a, b) -> a, LinkedHashMap::new));
        Map<String, Integer> local = competitionRanks(bulukumba);
        List<Map<String, Object>> rows =
                unitRanking("IKM", period, "73.02", null).getList("items");
        assertThat(rows).hasSize(bulukumba.size());
        rows.forEach(r -> assertThat(r.get("rank")).isEqualTo(local.get((String) r.get("unitId"))));

        Map<String, Integer> all = competitionRanks(ikm);
        List<Map<String, Object>> merah =
                unitRanking("IKM", period, PROVINCE, "MERAH").getList("items");
        assertThat(merah.stream().map(r -> (String) r.get("unitId")).collect(Collectors.toSet()))
                .isEqualTo(ikm.values().stream()
                        .filter(e -> e.zone().equals("MERAH"))
                        .map(Expected::unitId)
                        .collect(Collectors.toSet()));
        merah.forEach(r -> assertThat(r.get("rank")).isEqualTo(all.get((String) r.get("unitId"))));
    }

    private void checkScorecard(
            String unitId,
            String ikmPeriod,
            String ippPeriod,
            Map<String, Integer> ikmRanks,
            Map<String, Integer> ippRanks,
            int ikmRanked,
            int ippRanked) {
        Map<String, Object> ikmEntry = Api.scorecardEntry(unitId, "IKM", ikmPeriod);
        Map<String, Object> ippEntry = Api.scorecardEntry(unitId, "IPP", ippPeriod);
        assertThat(ikmEntry).isNotNull();
        assertThat(ippEntry).isNotNull();
        // The periods are this run's own, so national and provincial ranks are ranks among these units.
        assertThat(ikmEntry.get("rankInProvince")).isEqualTo(ikmRanks.get(unitId));
        assertThat(((Number) ikmEntry.get("rankedInProvince")).intValue()).isEqualTo(ikmRanked);
        assertThat(ikmEntry.get("rankNational")).isEqualTo(ikmRanks.get(unitId));
        assertThat(ippEntry.get("rankInProvince")).isEqualTo(ippRanks.get(unitId));
        assertThat(((Number) ippEntry.get("rankedInProvince")).intValue()).isEqualTo(ippRanked);
    }

    private static JsonPath regions(String index, String period, String level, String parent, String unitType) {
        var request = as(DevTokens.admin())
                .queryParam("index", index)
                .queryParam("period", period)
                .queryParam("level", level)
                .queryParam("size", 1000);
        if (parent != null) {
            request.queryParam("parent", parent);
        }
        if (unitType != null) {
            request.queryParam("unitType", unitType);
        }
        return ScenarioApi.json(expect(request.get("/api/v1/ranking/regions"), 200, "region ranking"));
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String region) {
        return rows.stream()
                .filter(r -> region.equals(r.get("regionCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no roll-up row for " + region + " in " + rows));
    }

    /**
     * Regency and province roll-ups: IKM from the summed answers of every respondent of the region (respondent-
     * weighted), IPP as the mean of the exact unit values, rounded at the end; zone counts, coverage and ranks.
     */
    private void checkRollups(
            String index,
            String period,
            Map<String, Expected> expected,
            Map<String, Long> registered,
            List<String[]> summary) {
        boolean survey = "IKM".equals(index);
        Map<String, List<Plan>> byRegency =
                PLANS.stream().collect(Collectors.groupingBy(Plan::regency, TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Map<String, Object>> expectedRows = new LinkedHashMap<>();
        for (Map.Entry<String, List<Plan>> regency : byRegency.entrySet()) {
            expectedRows.put(
                    regency.getKey(),
                    expectedRollup(index, regency.getValue(), expected, registered.get(regency.getKey())));
        }
        Map<String, Object> province = expectedRollup(index, PLANS, expected, (long) PLANS.size());
        expectedRows.forEach((code, row) -> values.put(code, (BigDecimal) row.get("value")));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> ranked = values.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0
                    && ranked.get(i - 1).getValue().compareTo(ranked.get(i).getValue()) == 0;
            ranks.put(ranked.get(i).getKey(), tie ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }

        List<Map<String, Object>> filtered =
                regions(index, period, "regency", PROVINCE, TYPE).getList("items");
        List<Map<String, Object>> unfiltered =
                regions(index, period, "regency", PROVINCE, null).getList("items");
        for (Map.Entry<String, Map<String, Object>> e : expectedRows.entrySet()) {
            Map<String, Object> actual = row(filtered, e.getKey());
            compareRollup(index + " " + e.getKey(), actual, e.getValue(), ranks.get(e.getKey()), survey);
            // Nobody else registers units in these regencies, so the unfiltered roll-up is the same.
            compareRollup(
                    index + " " + e.getKey() + " (all types)",
                    row(unfiltered, e.getKey()),
                    e.getValue(),
                    ranks.get(e.getKey()),
                    survey);
            summary.add(summaryLine(index, e.getKey(), actual));
        }
        // Only this run's regencies have data in this run's period.
        assertThat(unfiltered.stream()
                        .filter(r -> r.get("rank") != null)
                        .map(r -> (String) r.get("regionCode"))
                        .collect(Collectors.toSet()))
                .isEqualTo(ranks.keySet());

        Map<String, Object> actualProvince =
                row(regions(index, period, "province", null, TYPE).getList("items"), PROVINCE);
        compareRollup(index + " province", actualProvince, province, 1, survey);
        summary.add(summaryLine(index, PROVINCE, actualProvince));
        // Without the type filter the province also counts other tests' units as registered, but only this run's
        // units have data in this period.
        Map<String, Object> allTypes =
                row(regions(index, period, "province", null, null).getList("items"), PROVINCE);
        assertThat(new BigDecimal(allTypes.get("value").toString()))
                .isEqualByComparingTo((BigDecimal) province.get("value"));
        assertThat(((Number) allTypes.get("unitsWithData")).longValue()).isEqualTo(province.get("unitsWithData"));
        assertThat(((Number) allTypes.get("unitsRegistered")).longValue()).isGreaterThanOrEqualTo(PLANS.size());
    }

    private static Map<String, Object> expectedRollup(
            String index, List<Plan> plans, Map<String, Expected> expected, long registered) {
        List<Expected> withData = new ArrayList<>();
        List<int[]> answers = new ArrayList<>();
        for (Plan plan : plans) {
            expected.values().stream()
                    .filter(e -> e.name().startsWith(plan.name() + " "))
                    .findFirst()
                    .ifPresent(e -> {
                        withData.add(e);
                        answers.addAll(plan.counted());
                    });
        }
        Map<String, Object> row = new LinkedHashMap<>();
        BigDecimal value = null;
        String band = null;
        String zone = null;
        if (!withData.isEmpty()) {
            if ("IKM".equals(index)) {
                value = ikmOf(answers);
                band = mutu(value);
                zone = ikmZone(band);
            } else {
                // The mean of the exact unit IPPs, rounded only at the end.
                BigDecimal sum = BigDecimal.ZERO;
                for (Plan plan : plans) {
                    if (plan.lokus()) {
                        sum = sum.add(ScenarioApi.ipp(plan.provinsi()));
                    }
                }
                value = sum.divide(BigDecimal.valueOf(withData.size()), 2, RoundingMode.HALF_UP);
                String[] b = ippBand(value);
                band = b[0];
                zone = b[1];
            }
        }
        row.put("value", value);
        row.put("bandCode", band);
        row.put("zone", zone);
        row.put("unitsRegistered", registered);
        row.put("unitsWithData", (long) withData.size());
        row.put(
                "coverage",
                BigDecimal.valueOf(withData.size()).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP));
        row.put("hijau", withData.stream().filter(e -> e.zone().equals("HIJAU")).count());
        row.put(
                "kuning",
                withData.stream().filter(e -> e.zone().equals("KUNING")).count());
        row.put("merah", withData.stream().filter(e -> e.zone().equals("MERAH")).count());
        row.put("respondents", (long) answers.size());
        long[] itemSums = new long[9];
        answers.forEach(a -> {
            for (int i = 0; i < 9; i++) {
                itemSums[i] += a[i];
            }
        });
        row.put("items", itemSums);
        return row;
    }

    private static void compareRollup(
            String what, Map<String, Object> actual, Map<String, Object> expected, Integer rank, boolean survey) {
        assertThat(((Number) actual.get("unitsRegistered")).longValue())
                .as(what + " registered")
                .isEqualTo(expected.get("unitsRegistered"));
        assertThat(((Number) actual.get("unitsWithData")).longValue())
                .as(what + " with data")
                .isEqualTo(expected.get("unitsWithData"));
        assertThat(new BigDecimal(actual.get("coverage").toString()))
                .as(what + " coverage")
                .isEqualByComparingTo((BigDecimal) expected.get("coverage"));
        @SuppressWarnings("unchecked")
        Map<String, Object> zones = (Map<String, Object>) actual.get("zoneCounts");
        assertThat(List.of(
                        ((Number) zones.get("hijau")).longValue(),
                        ((Number) zones.get("kuning")).longValue(),
                        ((Number) zones.get("merah")).longValue()))
                .as(what + " zone counts")
                .containsExactly(
                        (Long) expected.get("hijau"), (Long) expected.get("kuning"), (Long) expected.get("merah"));
        if (expected.get("value") == null) {
            assertThat(actual.get("state")).as(what).isEqualTo("INSUFFICIENT_DATA");
            assertThat(actual.get("value")).as(what).isNull();
            assertThat(actual.get("rank")).as(what).isNull();
            return;
        }
        assertThat(actual.get("state")).as(what).isEqualTo("OK");
        assertThat(new BigDecimal(actual.get("value").toString()))
                .as(what + " value")
                .isEqualByComparingTo((BigDecimal) expected.get("value"));
        assertThat(actual.get("bandCode")).as(what + " band").isEqualTo(expected.get("bandCode"));
        assertThat(actual.get("zone")).as(what + " zone").isEqualTo(expected.get("zone"));
        assertThat(actual.get("rank")).as(what + " rank").isEqualTo(rank);
        if (survey) {
            assertThat(((Number) actual.get("respondents")).longValue())
                    .as(what + " respondents")
                    .isEqualTo(expected.get("respondents"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) actual.get("items");
            long[] sums = (long[]) expected.get("items");
            for (int i = 0; i < 9; i++) {
                String code = "U" + (i + 1);
                Map<String, Object> item = items.stream()
                        .filter(x -> code.equals(x.get("code")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(what + " has no item " + code));
                assertThat(((Number) item.get("sum")).longValue())
                        .as(what + " " + code + " sum")
                        .isEqualTo(sums[i]);
                assertThat(((Number) item.get("count")).longValue())
                        .as(what + " " + code + " count")
                        .isEqualTo(expected.get("respondents"));
            }
        }
    }

    private static String[] summaryLine(String index, String region, Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> zones = (Map<String, Object>) row.get("zoneCounts");
        return new String[] {
            index,
            region,
            String.valueOf(row.get("rank")),
            String.valueOf(row.get("value")),
            String.valueOf(row.get("bandCode")),
            String.valueOf(row.get("zone")),
            row.get("unitsWithData") + "/" + row.get("unitsRegistered"),
            String.valueOf(row.get("coverage")),
            zones.get("hijau") + "/" + zones.get("kuning") + "/" + zones.get("merah"),
            String.valueOf(row.get("respondents"))
        };
    }

    private static void print(
            Map<String, String> ids,
            Map<String, Expected> ikm,
            Map<String, Expected> ipp,
            Map<String, Integer> ikmRanks,
            Map<String, Integer> ippRanks,
            List<String[]> summary,
            int year) {
        StringBuilder out = new StringBuilder("\nProvince scenario, Sulawesi Selatan (73), IKM " + year + "-S1, IPP "
                + year + " — all values equal the test's own computation\n");
        out.append(String.format(
                "%-4s %-30s %-6s %5s %8s %5s %-4s %-7s %8s %5s %-3s %-7s%n",
                "unit", "name", "region", "resp", "IKM", "rank", "mutu", "zone", "IPP", "rank", "cat", "zone"));
        for (Plan plan : PLANS) {
            String id = ids.get(plan.key());
            Expected k = ikm.get(id);
            Expected p = ipp.get(id);
            out.append(String.format(
                    "%-4s %-30s %-6s %5s %8s %5s %-4s %-7s %8s %5s %-3s %-7s%n",
                    plan.key(),
                    plan.name(),
                    plan.regency(),
                    k == null ? "0" : k.respondents(),
                    k == null ? "-" : k.value(),
                    k == null ? "-" : ikmRanks.get(id),
                    k == null ? "-" : k.band(),
                    k == null ? "-" : k.zone(),
                    p == null ? "-" : p.value(),
                    p == null ? "-" : ippRanks.get(id),
                    p == null ? "-" : p.band(),
                    p == null ? "-" : p.zone()));
        }
        out.append(String.format(
                "%n%-5s %-6s %5s %8s %5s %-7s %-9s %8s %-9s %5s%n",
                "index", "region", "rank", "value", "band", "zone", "data/reg", "coverage", "H/K/M", "resp"));
        for (String[] line : summary) {
            out.append(String.format("%-5s %-6s %5s %8s %5s %-7s %-9s %8s %-9s %5s%n", (Object[]) line));
        }
        System.out.println(out);
    }
}
