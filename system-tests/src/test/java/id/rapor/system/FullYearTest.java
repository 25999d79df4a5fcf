package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * One Puskesmas through a whole year, through the gateway only, as the regulations run it: SKM semester I →
 * published → a follow-up plan (RTL) for the weakest unsur → semester II shows that unsur improved and the plan done
 * → the PEKPPP assessment's SKM indicators are suggested from that data → verified → the ranking published → the
 * berita acara. Anonymous readers see nothing before a publication, the snapshot after it, and a correction
 * supersedes it.
 *
 * <p>Isolation on the shared stack: its own kabupaten (73.12, where no other system test registers units).
 */
class FullYearTest {

    private static final String REGENCY = "73.12";
    private static final String WEAK = "U3";

    /**
     * {@code n} respondents answering 3 everywhere but {@code weakValue} on U3 and, rotating, one other unsur a step
     * higher (so no row is straight-lined and no two rows in a row are identical: nothing is held for review).
     */
    private static List<Map<String, Object>> semester(String prefix, int n, int weakValue, List<int[]> answered) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] others = {0, 1, 3, 4, 5, 6, 7, 8};
        for (int i = 0; i < n; i++) {
            int[] answers = {3, 3, weakValue, 3, 3, 3, 3, 3, 3};
            answers[others[i % others.length]] = 4;
            answered.add(answers);
            rows.add(Api.response(prefix + "-" + i, answers));
        }
        return rows;
    }

    /** IKM on the 25–100 scale, two decimals half-up, from the answers (nine unsur of equal weight). */
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

    private static Response anonymousResult(String unit, String period) {
        return as(null).queryParam("period", period).get("/api/v1/survey/units/" + unit + "/result");
    }

    private static Response publishResult(String token, String unit, String period, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/survey/units/" + unit + "/publications");
    }

    private static BigDecimal liveIkm(String token, String unit, String period) {
        return new BigDecimal(ScenarioApi.json(expect(
                        as(token).queryParam("period", period).get("/api/v1/survey/units/" + unit + "/result"),
                        200,
                        "live result"))
                .getString("ikmKonversi"));
    }

    @Test
    void shouldRunOneUnitThroughAYearOfSurveysFollowUpAssessmentPublicationAndBeritaAcara() throws IOException {
        int year = Year.now().getValue();
        String s1 = year + "-S1";
        String s2 = year + "-S2";
        String admin = DevTokens.admin();
        String biro = DevTokens.evaluator("73");
        String bagianOrganisasi = DevTokens.evaluator(REGENCY);
        String unit = Api.unit("UPT Puskesmas Satu Tahun " + Api.uniq(), "PUSKESMAS", REGENCY);
        String operator = DevTokens.operator(UUID.fromString(unit));

        // --- Semester I: forms entered, the result is a draft nobody outside sees.
        List<int[]> first = new ArrayList<>();
        String campaign1 = Api.campaign(unit, s1, null);
        expect(Api.batch(campaign1, semester("fy1-" + unit, 30, 1, first)), 200, "semester I forms");
        BigDecimal ikm1 = ikmOf(first);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> liveIkm(operator, unit, s1).compareTo(ikm1) == 0);
        Response before = anonymousResult(unit, s1);
        assertThat(before.statusCode()).as(before.asString()).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");

        // The graded unit may not publish its own grade; the Bagian Organisasi of its kabupaten does.
        assertThat(publishResult(operator, unit, s1, null).statusCode()).isEqualTo(403);
        expect(publishResult(bagianOrganisasi, unit, s1, null), 201, "publish semester I");
        JsonPath published1 = ScenarioApi.json(expect(anonymousResult(unit, s1), 200, "published semester I"));
        assertThat(new BigDecimal(published1.getString("ikmKonversi"))).isEqualByComparingTo(ikm1);
        assertThat(published1.getInt("respondents")).isEqualTo(30);

        // --- Follow-up: the weakest unsur is proposed, planned, carried out with evidence; the result is published on
        // the unit's website.
        JsonPath proposals = ScenarioApi.json(expect(
                as(operator).queryParam("period", s1).get("/api/v1/survey/units/" + unit + "/follow-up/proposals"),
                200,
                "proposals"));
        assertThat(proposals.getList("items.itemCode")).containsExactly(WEAK);
        String plan = expect(
                        as(operator)
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "period",
                                        s1,
                                        "itemCode",
                                        WEAK,
                                        "action",
                                        "Jadwal dan biaya layanan dipasang di loket dan laman",
                                        "owner",
                                        "Kepala Tata Usaha",
                                        "dueDate",
                                        year + "-09-30"))
                                .post("/api/v1/survey/units/" + unit + "/follow-up/plans"),
                        201,
                        "plan")
                .jsonPath()
                .getString("id");
        for (Map<String, Object> step : List.of(
                Map.<String, Object>of("status", "berjalan"),
                Map.<String, Object>of("status", "selesai", "evidenceUrl", "https://pkm.example.go.id/rtl-u3.pdf"))) {
            expect(
                    as(operator)
                            .contentType(ContentType.JSON)
                            .body(step)
                            .post("/api/v1/survey/units/" + unit + "/follow-up/plans/" + plan + "/status"),
                    200,
                    "plan " + step.get("status"));
        }
        expect(
                as(operator)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "period",
                                s1,
                                "kind",
                                "WEBSITE",
                                "evidenceUrl",
                                "https://pkm.example.go.id/skm-" + s1,
                                "publishedOn",
                                year + "-07-10"))
                        .post("/api/v1/survey/units/" + unit + "/publication-media"),
                201,
                "publication medium");

        // --- Semester II: U3 improved; the plan says so.
        List<int[]> second = new ArrayList<>();
        String campaign2 = Api.campaign(unit, s2, null);
        expect(Api.batch(campaign2, semester("fy2-" + unit, 30, 3, second)), 200, "semester II forms");
        BigDecimal ikm2 = ikmOf(second);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> liveIkm(operator, unit, s2).compareTo(ikm2) == 0);
        JsonPath plans = ScenarioApi.json(expect(
                as(bagianOrganisasi).queryParam("year", year).get("/api/v1/survey/units/" + unit + "/follow-up/plans"),
                200,
                "plans"));
        assertThat(plans.getString("[0].status")).isEqualTo("selesai");
        assertThat(plans.getString("[0].outcome.period")).isEqualTo(s2);
        assertThat(plans.getBoolean("[0].outcome.improved")).isTrue();

        // Published; then late paper forms change the live result but not what the public sees, until a correction
        // with a reason supersedes the first snapshot.
        expect(publishResult(bagianOrganisasi, unit, s2, null), 201, "publish semester II");
        expect(Api.batch(campaign2, semester("fy2-late-" + unit, 6, 2, second)), 200, "late forms");
        BigDecimal corrected = ikmOf(second);
        assertThat(corrected).isNotEqualByComparingTo(ikm2);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> liveIkm(operator, unit, s2).compareTo(corrected) == 0);
        assertThat(new BigDecimal(ScenarioApi.json(anonymousResult(unit, s2)).getString("ikmKonversi")))
                .isEqualByComparingTo(ikm2);
        Response noReason = publishResult(bagianOrganisasi, unit, s2, null);
        assertThat(noReason.statusCode()).as(noReason.asString()).isEqualTo(422);
        assertThat(noReason.jsonPath().getString("errors[0].field")).isEqualTo("reason");
        expect(
                publishResult(bagianOrganisasi, unit, s2, "Enam formulir kertas terlambat dimasukkan"),
                201,
                "correction");
        assertThat(new BigDecimal(ScenarioApi.json(anonymousResult(unit, s2)).getString("ikmKonversi")))
                .isEqualByComparingTo(corrected);
        JsonPath history = ScenarioApi.json(expect(
                as(null).queryParam("period", s2).get("/api/v1/survey/units/" + unit + "/publications"),
                200,
                "publication history"));
        assertThat(history.getList("version", Integer.class)).containsExactlyInAnyOrder(1, 2);
        assertThat(history.getString("find { it.version == 1 }.state")).isEqualTo("SUPERSEDED");
        assertThat(history.getString("find { it.version == 2 }.reason"))
                .isEqualTo("Enam formulir kertas terlambat dimasukkan");

        // --- PEKPPP of the year: the SKM indicators are suggested from the year's data.
        String cycle = expect(
                        ScenarioApi.openCycle(
                                biro, "PEKPPP " + year + " satu tahun " + Api.uniq(), year, "73", List.of(unit)),
                        201,
                        "cycle")
                .jsonPath()
                .getString("id");
        expect(ScenarioApi.movePhase(biro, cycle, "SELF_ASSESSMENT"), 200, "self-assessment");
        String assessment = ScenarioApi.assessmentsByUnit(cycle).get(unit);
        expect(ScenarioApi.answer(operator, assessment, ScenarioApi.answers(i -> 4)), 200, "answers");
        String suggestions = "/api/v1/assessment/assessments/" + assessment + "/skm-suggestions";
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath s = as(operator).get(suggestions).jsonPath();
            return Boolean.TRUE.equals(s.get("factsAvailable"))
                    && s.getDouble("items.find { it.fact == 'RTL_DONE' }.suggestedValue") == 5.0;
        });
        JsonPath suggested = ScenarioApi.json(expect(as(bagianOrganisasi).get(suggestions), 200, "suggestions"));
        String rtlIndicator = suggested.getString("items.find { it.fact == 'RTL_DONE' }.indicatorCode");
        assertThat(suggested.getDouble("items.find { it.fact == 'MEDIA_COUNT' }.suggestedValue"))
                .isGreaterThan(0.0);
        expect(
                as(operator)
                        .contentType(ContentType.JSON)
                        .body(Map.of("decision", "accept"))
                        .post(suggestions + "/" + rtlIndicator),
                200,
                "accept the RTL suggestion");
        expect(ScenarioApi.submit(operator, assessment), 200, "submit");
        expect(ScenarioApi.movePhase(biro, cycle, "EVALUATION"), 200, "evaluation");
        expect(
                ScenarioApi.score(bagianOrganisasi, assessment, "KABKOTA", ScenarioApi.scores(i -> 4)),
                200,
                "kab/kota scores");
        expect(ScenarioApi.score(biro, assessment, "PROVINSI", ScenarioApi.scores(i -> 4)), 200, "province scores");
        JsonPath verified = ScenarioApi.json(expect(ScenarioApi.verify(biro, assessment), 200, "verify"));
        assertThat(verified.getString("status")).isEqualTo("VERIFIED");
        assertThat(ScenarioApi.json(as(bagianOrganisasi).get(suggestions))
                        .getString("items.find { it.fact == 'RTL_DONE' }.decision"))
                .isEqualTo("ACCEPTED");

        // --- The ranking of the kabupaten: a draft until the Biro publishes it, then the snapshot for everyone.
        String period = String.valueOf(year);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            Map<String, Object> ipp = Api.scorecardEntry(unit, "IPP", period);
            return ipp != null && ipp.get("value") != null;
        });
        Response unpublishedRanking = as(null).queryParam("index", "IPP")
                .queryParam("period", period)
                .queryParam("region", REGENCY)
                .get("/api/v1/ranking/units");
        assertThat(unpublishedRanking.statusCode())
                .as(unpublishedRanking.asString())
                .isEqualTo(404);
        expect(
                as(biro).contentType(ContentType.JSON)
                        .body(Map.of("regionCode", REGENCY, "period", period))
                        .post("/api/v1/ranking/publications"),
                201,
                "publish the ranking");
        JsonPath ranking = ScenarioApi.json(expect(
                as(null).queryParam("index", "IPP")
                        .queryParam("period", period)
                        .queryParam("region", REGENCY)
                        .get("/api/v1/ranking/units"),
                200,
                "published ranking"));
        assertThat(ranking.getList("items.unitId", String.class)).contains(unit);
        assertThat(new BigDecimal(ranking.getString("items.find { it.unitId == '" + unit + "' }.value")))
                .isEqualByComparingTo(verified.getString("result.total"));

        // --- Finalisation: the berita acara, numbered, naming the lokus and the Biro's registered signatory.
        expect(
                as(biro).contentType(ContentType.JSON)
                        .body(Map.of(
                                "signatories",
                                List.of(Map.of(
                                        "name", "Dra. Andi Satu Tahun",
                                        "nip", "197801012005012001",
                                        "jabatan", "Kepala Biro Organisasi"))))
                        .put("/api/v1/assessment/regions/73/berita-acara-signatories"),
                200,
                "signatories");
        expect(ScenarioApi.movePhase(biro, cycle, "FINAL"), 200, "final");
        Response beritaAcara = expect(
                as(biro).accept("application/pdf").get("/api/v1/assessment/cycles/" + cycle + "/berita-acara"),
                200,
                "berita acara");
        assertThat(beritaAcara.contentType()).startsWith("application/pdf");
        String unitName = as(admin).get("/api/v1/units/" + unit).jsonPath().getString("name");
        try (PDDocument pdf = Loader.loadPDF(beritaAcara.asByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(unitName)
                    .contains(beritaAcara.header("Rapor-Document-Number"))
                    .contains("Dra. Andi Satu Tahun")
                    .contains(String.valueOf(year));
        }
    }
}
