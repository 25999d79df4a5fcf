package id.rapor.assessment.cycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.rapor.assessment.Fixtures;
import id.rapor.events.EventCodec;
import id.rapor.events.ResultPublished;
import id.rapor.events.Topics;
import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.KafkaTestResource;
import id.rapor.testsupport.RaporQuarkusTest;
import id.rapor.testsupport.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * PEKPPP schemes as configuration of a cycle: scheme rules, the national KemenPANRB tier, a phase plan with
 * pra-evaluasi, verifikasi lapangan and pemeringkatan, field visits that adjust scores, pemantauan of an earlier
 * cycle, and the pemeringkatan recorded from the ranking service's publications.
 */
@QuarkusTest
@RaporQuarkusTest
class PekpppSchemeTest {

    private static final String CYCLES = "/api/v1/assessment/cycles";
    private static final String ASSESSMENTS = "/api/v1/assessment/assessments/";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Inject
    AgroalDataSource dataSource;

    private static List<Map<String, Object>> plan(Object... phaseAndOffset) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < phaseAndOffset.length; i += 2) {
            plan.add(Map.of(
                    "phase",
                    phaseAndOffset[i],
                    "starts",
                    TODAY.plusDays((Integer) phaseAndOffset[i + 1]).toString()));
        }
        return plan;
    }

    /** The plan of a KHUSUS cycle in pra-evaluasi today. */
    private static List<Map<String, Object>> khususPlan() {
        return plan(
                "SELF_ASSESSMENT",
                -20,
                "PRA_EVALUASI",
                -5,
                "EVALUATION",
                10,
                "VERIFIKASI_LAPANGAN",
                20,
                "PEMERINGKATAN",
                30,
                "FINAL",
                40);
    }

    private static Map<String, Object> request(String scheme, String scope, List<String> tiers, List<String> units) {
        Map<String, Object> body = Fixtures.cycleRequest("PEKPPP", 2, scope, tiers, units);
        if (scheme != null) {
            body.put("scheme", scheme);
        }
        return body;
    }

    private static Map<String, Object> withPlan(Map<String, Object> body, List<Map<String, Object>> plan) {
        body.remove("phases");
        body.put("phasePlan", plan);
        return body;
    }

    private static io.restassured.response.ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(CYCLES)
                .then();
    }

    private static JsonPath cycle(String id) {
        return given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(CYCLES + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldDefaultTheSchemeAndRefuseRequestsAgainstItsRules() {
        create(DevTokens.evaluator("73"), request(null, "73", null, List.of()))
                .statusCode(201)
                .body("scheme", equalTo("MANDIRI"))
                .body("phases.selfAssessment", equalTo(TODAY.minusDays(10).toString()))
                .body("phasePlan.phase", equalTo(List.of("SELF_ASSESSMENT", "EVALUATION", "REVISION", "FINAL")))
                .body("pemeringkatan", nullValue());
        create(DevTokens.admin(), request(null, null, null, List.of()))
                .statusCode(201)
                .body("scheme", equalTo("NASIONAL"));
        // a mandiri cycle is a region's own
        create(DevTokens.admin(), request("MANDIRI", null, null, List.of()))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("scopeRegion"));
        // khusus and nasional cycles are the ministry's
        create(DevTokens.evaluator("73"), request("KHUSUS", "73", null, List.of()))
                .statusCode(403);
        create(DevTokens.evaluator("73"), request("NASIONAL", "73", null, List.of()))
                .statusCode(403);
        create(DevTokens.evaluator("73"), request("PEMANTAUAN", "73", null, List.of()))
                .statusCode(422)
                .body("errors.field", hasItem("monitorsCycleId"));
        create(DevTokens.evaluator("73"), request("MANDIRI", "73", List.of("MANDIRI", "NASIONAL", "PROVINSI"), null))
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers"));
        create(DevTokens.evaluator("73"), request("MANDIRI", "73", List.of("MANDIRI", "PROVINSI", "PROVINSI"), null))
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers"));
        create(DevTokens.evaluator("73"), request("MANDIRI", "73", null, null)).statusCode(201);

        // phase plans: SELF_ASSESSMENT first, FINAL last, each phase once, dates increasing; not both forms
        create(DevTokens.admin(), withPlan(request("KHUSUS", "73", null, null), plan("PRA_EVALUASI", -5, "FINAL", 10)))
                .statusCode(422)
                .body("errors[0].field", equalTo("phasePlan[0].phase"));
        create(
                        DevTokens.admin(),
                        withPlan(
                                request("KHUSUS", "73", null, null),
                                plan("SELF_ASSESSMENT", -5, "FINAL", 10, "PEMERINGKATAN", 20)))
                .statusCode(422)
                .body("errors.field", hasItem("phasePlan[2].phase"));
        create(
                        DevTokens.admin(),
                        withPlan(
                                request("KHUSUS", "73", null, null),
                                plan("SELF_ASSESSMENT", -5, "EVALUATION", 3, "EVALUATION", 4, "FINAL", 10)))
                .statusCode(422)
                .body("errors.field", hasItem("phasePlan[2].phase"));
        create(
                        DevTokens.admin(),
                        withPlan(
                                request("KHUSUS", "73", null, null),
                                plan("SELF_ASSESSMENT", -5, "PRA_EVALUASI", -5, "FINAL", 10)))
                .statusCode(422)
                .body("errors[0].field", equalTo("phasePlan[1].starts"));
        Map<String, Object> both = request("KHUSUS", "73", null, null);
        both.put("phasePlan", plan("SELF_ASSESSMENT", -5, "FINAL", 10));
        create(DevTokens.admin(), both).statusCode(422).body("errors[0].field", equalTo("phasePlan"));
        Map<String, Object> neither = request("KHUSUS", "73", null, null);
        neither.remove("phases");
        create(DevTokens.admin(), neither).statusCode(422).body("errors[0].field", equalTo("phasePlan"));

        // a mandiri lokus with service types given must cover administratif, barang and jasa
        String a = Fixtures.unit("73.06");
        String b = Fixtures.unit("73.06");
        String c = Fixtures.unit("73.06");
        Map<String, Object> partial = request("MANDIRI", "73.06", null, List.of(a, b, c));
        partial.put(
                "ruangLingkup",
                List.of(
                        Map.of("unitId", a, "ruangLingkup", "ADMINISTRATIF"),
                        Map.of("unitId", b, "ruangLingkup", "BARANG")));
        create(DevTokens.evaluator("73.06"), partial).statusCode(422).body("errors[0].field", equalTo("ruangLingkup"));
        Map<String, Object> stranger = request("MANDIRI", "73.06", null, List.of(a));
        stranger.put("ruangLingkup", List.of(Map.of("unitId", b, "ruangLingkup", "BARANG")));
        create(DevTokens.evaluator("73.06"), stranger)
                .statusCode(422)
                .body("errors[0].field", equalTo("ruangLingkup[0].unitId"));
        Map<String, Object> covered = request("MANDIRI", "73.06", null, List.of(a, b, c));
        covered.put(
                "ruangLingkup",
                List.of(
                        Map.of("unitId", a, "ruangLingkup", "ADMINISTRATIF"),
                        Map.of("unitId", b, "ruangLingkup", "BARANG"),
                        Map.of("unitId", c, "ruangLingkup", "JASA")));
        String mandiri = create(DevTokens.evaluator("73.06"), covered)
                .statusCode(201)
                .body("lokus", equalTo(3))
                .extract()
                .path("id");

        String khusus = create(
                        DevTokens.admin(),
                        withPlan(request("KHUSUS", "73", List.of("MANDIRI", "NASIONAL"), null), khususPlan()))
                .statusCode(201)
                .body("scheme", equalTo("KHUSUS"))
                .body("tiers", equalTo(List.of("MANDIRI", "NASIONAL")))
                .body("phases", nullValue())
                .body(
                        "phasePlan.phase",
                        equalTo(List.of(
                                "SELF_ASSESSMENT",
                                "PRA_EVALUASI",
                                "EVALUATION",
                                "VERIFIKASI_LAPANGAN",
                                "PEMERINGKATAN",
                                "FINAL")))
                .body("phasePlan[3].starts", equalTo(TODAY.plusDays(20).toString()))
                .body("currentPhase", equalTo("PRA_EVALUASI"))
                .extract()
                .path("id");
        List<String> khususOnly = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("scheme", "KHUSUS")
                .queryParam("size", 500)
                .when()
                .get(CYCLES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(khususOnly).contains(khusus).doesNotContain(mandiri);
        List<String> schemes = given().auth()
                .oauth2(DevTokens.admin())
                .queryParam("scheme", "KHUSUS")
                .queryParam("size", 500)
                .when()
                .get(CYCLES)
                .then()
                .extract()
                .path("items.scheme");
        assertThat(schemes).containsOnly("KHUSUS");
    }

    @Test
    void shouldLetOnlyTheMinistryScoreTheNationalTierAndGateEachPlannedPhase() {
        String unit = Fixtures.unit("73.06");
        Map<String, Object> body =
                withPlan(request("KHUSUS", "73", List.of("MANDIRI", "NASIONAL"), List.of(unit)), khususPlan());
        body.put("year", TODAY.getYear());
        String cycle = create(DevTokens.admin(), body).statusCode(201).extract().path("id");
        String id = Fixtures.assessmentOf(cycle, unit);
        List<String> codes = Fixtures.indicatorCodes("PEKPPP", 2);
        String operator = DevTokens.operator(UUID.fromString(unit));

        // pra-evaluasi: the unit's self-assessment still runs
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Fixtures.answers(codes, Fixtures.all(4, 30)))
                .when()
                .put(ASSESSMENTS + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(operator)
                .when()
                .post(ASSESSMENTS + id + "/submit")
                .then()
                .statusCode(200);

        // the national tier: a provincial evaluator of the region is refused, the ministry scores in pra-evaluasi
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                .when()
                .put(ASSESSMENTS + id + "/tiers/NASIONAL/scores")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Fixtures.scores(codes, Fixtures.all(3, 30)))
                .when()
                .put(ASSESSMENTS + id + "/tiers/NASIONAL/scores")
                .then()
                .statusCode(200)
                .body("tiers[1].tier", equalTo("NASIONAL"))
                .body("tiers[1].result.total", equalTo(3));
        given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .post(ASSESSMENTS + id + "/verify")
                .then()
                .statusCode(403);

        Map<String, Object> visit = visit(codes.get(0), 5, "SOP dan maklumat dipajang di loket");
        // field visits only in verifikasi lapangan
        postVisit(DevTokens.admin(), id, visit).statusCode(422).body("errors[0].field", equalTo("phase"));
        Fixtures.phase(cycle, "VERIFIKASI_LAPANGAN");
        // outside the region, and a tier the caller may not act on
        postVisit(DevTokens.evaluator("64"), id, visit).statusCode(403);
        postVisit(DevTokens.evaluator("73"), id, visit).statusCode(403);
        // malformed: no reason, a photo that is not https
        postVisit(DevTokens.admin(), id, visit(codes.get(0), 5, " "))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("adjustedScores[0].reason"));
        Map<String, Object> insecure = visit(codes.get(0), 5, "alasan");
        insecure.put("photos", List.of("https://bukti.example/foto-1.jpg", "http://bukti.example/foto-2.jpg"));
        postVisit(DevTokens.admin(), id, insecure).statusCode(400).body("errors[0].field", equalTo("photos[1]"));
        Map<String, Object> future = visit(codes.get(0), 5, "alasan");
        future.put("visitDate", TODAY.plusDays(1).toString());
        postVisit(DevTokens.admin(), id, future).statusCode(422).body("errors[0].field", equalTo("visitDate"));
        Map<String, Object> offRubric = visit(codes.get(0), 9, "alasan");
        postVisit(DevTokens.admin(), id, offRubric)
                .statusCode(422)
                .body("errors[0].field", equalTo("adjustedScores[0].value"));
        // nothing of the refused visits was written
        assertThat(visits(id)).isEmpty();

        postVisit(DevTokens.admin(), id, visit)
                .statusCode(201)
                .body("tier", equalTo("NASIONAL"))
                .body("adjustedScores[0].reason", equalTo("SOP dan maklumat dipajang di loket"))
                .body("team[0].nip", equalTo("198503122010011003"));
        assertThat(visits(id)).hasSize(1);
        JsonPath a = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .get(ASSESSMENTS + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(a.getInt("tiers[1].scores.find { it.indicatorCode == '" + codes.get(0) + "' }.value"))
                .isEqualTo(5);
        assertThat(a.getString("tiers[1].scores.find { it.indicatorCode == '" + codes.get(0) + "' }.note"))
                .isEqualTo("SOP dan maklumat dipajang di loket");
        float verified = given().auth()
                .oauth2(DevTokens.admin())
                .when()
                .post(ASSESSMENTS + id + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("finalTier", equalTo("NASIONAL"))
                .extract()
                .path("result.total");
        assertThat(verified).isGreaterThan(3f);
        List<Map<String, Object>> trail = given().auth()
                .oauth2(DevTokens.viewer())
                .when()
                .get(ASSESSMENTS + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(trail).extracting(e -> e.get("action")).contains("FIELD_VISIT");
        String detail = trail.stream()
                .filter(e -> "FIELD_VISIT".equals(e.get("action")))
                .findFirst()
                .map(e -> (String) e.get("detail"))
                .orElseThrow();
        assertThat(detail).contains("SOP dan maklumat dipajang di loket").contains("\"from\":3");

        // pemeringkatan: nothing changes any more, and FINAL waits for the published ranking
        Fixtures.phase(cycle, "PEMERINGKATAN");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "ulang"))
                .when()
                .post(ASSESSMENTS + id + "/return")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));
        postVisit(DevTokens.admin(), id, visit(codes.get(1), 5, "alasan"))
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "FINAL"))
                .when()
                .put(CYCLES + "/" + cycle + "/phase")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("phase"));
        assertThat(cycle(cycle).getString("currentPhase")).isEqualTo("PEMERINGKATAN");
    }

    private static Map<String, Object> visit(String code, int value, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("tier", "NASIONAL");
        body.put("visitDate", TODAY.toString());
        body.put(
                "team",
                List.of(
                        Map.of("name", "Andi Pratama", "nip", "198503122010011003", "role", "Ketua Tim"),
                        Map.of("name", "Sari Dewi", "role", "Anggota")));
        body.put("observations", "Ruang tunggu tertata; SOP dan maklumat pelayanan dipajang");
        body.put("photos", List.of("https://bukti.example/foto-1.jpg"));
        body.put("adjustedScores", List.of(Map.of("indicatorCode", code, "value", value, "reason", reason)));
        return body;
    }

    private static io.restassured.response.ValidatableResponse postVisit(
            String token, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ASSESSMENTS + id + "/field-visits")
                .then();
    }

    private static List<Object> visits(String id) {
        return given().auth()
                .oauth2(DevTokens.evaluator("73"))
                .when()
                .get(ASSESSMENTS + id + "/field-visits")
                .then()
                .statusCode(200)
                .extract()
                .path("");
    }

    @Test
    void shouldTakeOverTheMonitoredCyclesLokusAndShowItsResultBesideTheNewOne() {
        String a = Fixtures.unit("73.71");
        String b = Fixtures.unit("73.71");
        String other = Fixtures.unit("73.71");
        Map<String, Object> earlier = request("MANDIRI", "73.71", null, List.of(a, b));
        earlier.put("year", 2025);
        String previous = create(DevTokens.evaluator("73.71"), earlier)
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> sameYear = request("PEMANTAUAN", null, null, null);
        sameYear.put("year", 2025);
        sameYear.put("monitorsCycleId", previous);
        create(DevTokens.evaluator("73.71"), sameYear)
                .statusCode(422)
                .body("errors[0].field", equalTo("monitorsCycleId"));
        Map<String, Object> foreign = request("PEMANTAUAN", null, null, List.of(other));
        foreign.put("monitorsCycleId", previous);
        create(DevTokens.evaluator("73.71"), foreign).statusCode(422).body("errors[0].field", equalTo("unitIds[0]"));
        Map<String, Object> elsewhere = request("PEMANTAUAN", "73", null, null);
        elsewhere.put("monitorsCycleId", previous);
        create(DevTokens.evaluator("73"), elsewhere).statusCode(422).body("errors[0].field", equalTo("scopeRegion"));
        Map<String, Object> monitorsOnlyInPemantauan = request("MANDIRI", "73.71", null, null);
        monitorsOnlyInPemantauan.put("monitorsCycleId", previous);
        create(DevTokens.evaluator("73.71"), monitorsOnlyInPemantauan)
                .statusCode(422)
                .body("errors[0].field", equalTo("monitorsCycleId"));
        Map<String, Object> outsider = request("PEMANTAUAN", null, null, null);
        outsider.put("monitorsCycleId", previous);
        create(DevTokens.evaluator("64"), outsider).statusCode(403);

        Map<String, Object> body = request("PEMANTAUAN", null, null, null);
        body.put("monitorsCycleId", previous);
        String pemantauan = create(DevTokens.evaluator("73.71"), body)
                .statusCode(201)
                .body("scheme", equalTo("PEMANTAUAN"))
                .body("monitorsCycleId", equalTo(previous))
                .body("scopeRegion", equalTo("73.71"))
                .body("lokus", equalTo(2))
                .extract()
                .path("id");
        given().auth()
                .oauth2(DevTokens.evaluator("73.71"))
                .contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(other)))
                .when()
                .post(CYCLES + "/" + pemantauan + "/units")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitIds[0]"));

        JsonPath view = given().auth()
                .oauth2(DevTokens.evaluator("73.71"))
                .when()
                .get(CYCLES + "/" + pemantauan + "/pemantauan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(view.getString("monitorsCycleId")).isEqualTo(previous);
        assertThat(view.getInt("monitoredYear")).isEqualTo(2025);
        assertThat(view.getList("units.unitId", String.class)).containsExactlyInAnyOrder(a, b);
        assertThat(view.getString("units.find { it.unitId == '" + a + "' }.previous.assessmentId"))
                .isEqualTo(Fixtures.assessmentOf(previous, a));
        assertThat(view.getString("units.find { it.unitId == '" + a + "' }.current.assessmentId"))
                .isEqualTo(Fixtures.assessmentOf(pemantauan, a));
        given().auth()
                .oauth2(DevTokens.evaluator("73.71"))
                .when()
                .get(CYCLES + "/" + previous + "/pemantauan")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("scheme"));
        given().auth()
                .oauth2(DevTokens.evaluator("64"))
                .when()
                .get(CYCLES + "/" + pemantauan + "/pemantauan")
                .then()
                .statusCode(403);
    }

    private static ResultPublished ranking(String subject, int year, int version) {
        return new ResultPublished(
                UUID.randomUUID(),
                ResultPublished.TYPE,
                ResultPublished.SCHEMA_VERSION,
                Instant.now(),
                UUID.randomUUID(),
                "ranking",
                subject,
                String.valueOf(year),
                version,
                "sha-" + subject + "-" + year + "-v" + version,
                null,
                null);
    }

    private static void send(ResultPublished event) {
        TopicProbe.send(
                KafkaTestResource.bootstrapServers(),
                Topics.PUBLICATIONS,
                event.aggregateId(),
                EventCodec.write(event));
    }

    @Test
    void shouldRecordThePublishedRankingAsPemeringkatanOncePerEventAndOnlyThenFinalise() throws SQLException {
        // a year of its own, so publications of other tests never cover these cycles
        int year = ThreadLocalRandom.current().nextInt(2100, 2200);
        Map<String, Object> kaltim = withPlan(request("KHUSUS", "64.72", null, null), khususPlan());
        kaltim.put("year", year);
        String covered =
                create(DevTokens.admin(), kaltim).statusCode(201).extract().path("id");
        Map<String, Object> sulsel = withPlan(request("KHUSUS", "73", null, null), khususPlan());
        sulsel.put("year", year);
        String notCovered =
                create(DevTokens.admin(), sulsel).statusCode(201).extract().path("id");

        Fixtures.phase(covered, "PEMERINGKATAN");
        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "FINAL"))
                .when()
                .put(CYCLES + "/" + covered + "/phase")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("phase"));

        ResultPublished first = ranking("64", year, 1);
        send(ranking("64", year + 1, 7)); // another year covers nothing here
        ResultPublished survey = new ResultPublished(
                UUID.randomUUID(),
                ResultPublished.TYPE,
                1,
                Instant.now(),
                UUID.randomUUID(),
                "survey-result",
                "64",
                String.valueOf(year),
                9,
                "sha",
                null,
                null);
        send(survey); // not a ranking
        send(first);
        send(first); // a replay
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> cycle(covered).get("pemeringkatan") != null);
        JsonPath seen = cycle(covered);
        assertThat(seen.getString("pemeringkatan.regionCode")).isEqualTo("64");
        assertThat(seen.getString("pemeringkatan.period")).isEqualTo(String.valueOf(year));
        assertThat(seen.getInt("pemeringkatan.version")).isEqualTo(1);
        assertThat(seen.getString("pemeringkatan.contentHash")).isEqualTo(first.contentHash());
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> processed(survey.eventId()) == 1);
        assertThat(processed(first.eventId())).isEqualTo(1);

        ResultPublished second = ranking("64", year, 2);
        ResultPublished stale = ranking("64", year, 1);
        send(second);
        send(stale); // an older version arriving late never wins
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> processed(stale.eventId()) == 1);
        assertThat(cycle(covered).getInt("pemeringkatan.version")).isEqualTo(2);
        assertThat(cycle(covered).getString("pemeringkatan.contentHash")).isEqualTo(second.contentHash());
        assertThat(cycle(notCovered).getString("pemeringkatan")).isNull();

        given().auth()
                .oauth2(DevTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("phase", "FINAL"))
                .when()
                .put(CYCLES + "/" + covered + "/phase")
                .then()
                .statusCode(200)
                .body("currentPhase", equalTo("FINAL"));

        // the nation's ranking covers every cycle of the year
        send(ranking("ID", year, 1));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> cycle(notCovered).get("pemeringkatan") != null);
        assertThat(cycle(notCovered).getString("pemeringkatan.regionCode")).isEqualTo("ID");
        // the region's own ranking stays on the cycle it covers
        assertThat(cycle(covered).getString("pemeringkatan.regionCode")).isEqualTo("64");
    }

    private long processed(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from processed_event "
                        + "where consumer = 'assessment-pemeringkatan' and event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
