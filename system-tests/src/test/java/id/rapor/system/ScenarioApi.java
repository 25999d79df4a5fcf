package id.rapor.system;

import static id.rapor.system.SystemStack.gateway;
import static org.awaitility.Awaitility.await;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The calls the province scenario and the authorization matrix make through the gateway, and the PEKPPP 2023
 * indicator set (aspect and indicator weights as REFERENCE.md §3.3–3.4 lists them) to compute IPP independently.
 */
final class ScenarioApi {

    /** The seeded SKM questionnaire (PermenPANRB 14/2017, nine unsur U1..U9). */
    static final String SKM_2017 = Api.SKM_2017;

    /** One PEKPPP indicator: its code, its aspect and its weight in percent of the aspect. */
    record Indicator(String code, String aspect, int weight) {}

    /** Aspect weights in percent (PermenPANRB 29/2022 jo. 4/2023; REFERENCE.md §3.3). */
    static final Map<String, Integer> ASPECT_WEIGHTS = Map.of("a", 24, "b", 25, "c", 18, "d", 11, "e", 10, "f", 12);

    /** The 30 weighted indicators of PEKPPP version 2 with their weights in percent of the aspect (§3.4). */
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("1.a.Ak", "a", 17),
            new Indicator("2.a.P", "a", 14),
            new Indicator("3.a.T", "a", 7),
            new Indicator("4.a.K", "a", 14),
            new Indicator("5.a.K", "a", 10),
            new Indicator("6.a.B", "a", 17),
            new Indicator("7.a.T", "a", 7),
            new Indicator("8.a.Ak", "a", 7),
            new Indicator("9.a.Ak", "a", 7),
            new Indicator("10.b.As", "b", 10),
            new Indicator("11.b.K", "b", 20),
            new Indicator("12.b.Ak", "b", 20),
            new Indicator("13.b.K", "b", 20),
            new Indicator("14.b.K", "b", 30),
            new Indicator("15.c.K", "c", 15),
            new Indicator("16.c.As", "c", 23),
            new Indicator("17.c.As", "c", 20),
            new Indicator("18.c.K", "c", 20),
            new Indicator("19.c.As", "c", 11),
            new Indicator("20.c.B", "c", 11),
            new Indicator("21.d.T", "d", 30),
            new Indicator("22.d.B", "d", 20),
            new Indicator("23.d.As", "d", 20),
            new Indicator("24.d.T", "d", 30),
            new Indicator("25.e.P", "e", 20),
            new Indicator("26.e.P", "e", 25),
            new Indicator("27.e.Ak", "e", 25),
            new Indicator("28.e.Ak", "e", 30),
            new Indicator("29.f.B", "f", 50),
            new Indicator("30.f.B", "f", 50));

    private ScenarioApi() {}

    /** A request at the gateway with {@code token}, or anonymous when it is null. */
    static RequestSpecification as(String token) {
        RequestSpecification spec = gateway();
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /**
     * Sends an anonymous survey submission again after the gateway's per-address rate limit (shared with the other
     * system tests) answered 429, honouring Retry-After; any other answer is returned as it is.
     */
    /**
     * The headers a kiosk sends with one anonymous submission: the campaign's public form token (from the QR code;
     * read here as admin) and a freshly solved proof-of-work challenge. Managing callers may send them too.
     */
    static Map<String, String> publicForm(String campaignId) {
        return publicForm(gateway(), campaignId);
    }

    /** As {@link #publicForm(String)}, asking {@code base} (the gateway or the survey service's own port). */
    static Map<String, String> publicForm(RequestSpecification base, String campaignId) {
        String formToken = as(DevTokens.admin())
                .get("/api/v1/survey/campaigns/" + campaignId)
                .jsonPath()
                .getString("formToken");
        JsonPath c = io.restassured.RestAssured.given()
                .spec(base)
                .header("X-Form-Token", formToken)
                .get("/api/v1/survey/campaigns/" + campaignId + "/challenge")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String solution = id.rapor.testsupport.ProofOfWorkSolver.solve(
                c.getString("algorithm"),
                c.getString("challenge"),
                c.getString("salt"),
                c.getLong("maxnumber"),
                c.getString("signature"));
        return Map.of("X-Form-Token", formToken, "X-Proof-Of-Work", solution);
    }

    /**
     * The reviewer (an evaluator of the unit's region or an admin) accepts every flagged response of the campaign,
     * as a Bagian Organisasi does after checking the forms; returns how many it accepted.
     */
    static int acceptFlagged(String reviewer, String campaignId) {
        int accepted = 0;
        while (true) {
            JsonPath queue = as(reviewer)
                    .queryParam("size", 500)
                    .get("/api/v1/survey/campaigns/" + campaignId + "/review-queue")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = queue.getList("items");
            if (items.isEmpty()) {
                return accepted;
            }
            for (Map<String, Object> item : items) {
                as(reviewer)
                        .contentType(ContentType.JSON)
                        .queryParam("namespace", item.get("namespace"))
                        .body(Map.of("decision", "ACCEPT", "reason", "Dicocokkan dengan formulir"))
                        .post("/api/v1/survey/campaigns/" + campaignId + "/responses/" + item.get("responseId")
                                + "/review")
                        .then()
                        .statusCode(200);
                accepted++;
            }
        }
    }

    static Response honouringRateLimit(Supplier<Response> call) {
        Response response = call.get();
        for (int attempt = 0; attempt < 12 && response.statusCode() == 429; attempt++) {
            String retryAfter = response.header("Retry-After");
            long seconds = retryAfter == null ? 6 : Math.min(30, Long.parseLong(retryAfter.trim()));
            sleep(Duration.ofSeconds(seconds));
            response = call.get();
        }
        return response;
    }

    /** Waits until the survey and ranking services have the unit from the register's event. */
    static void awaitReplicas(String unitId) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> as(DevTokens.admin())
                                        .get("/api/v1/survey/units/" + unitId)
                                        .statusCode()
                                == 200
                        && as(DevTokens.admin())
                                        .get("/api/v1/ranking/units/" + unitId)
                                        .statusCode()
                                == 200);
    }

    /** One SKM response: the nine answers U1..U9 in order, with consented demographics. */
    static Map<String, Object> skmResponse(String clientId, int[] answers) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            byCode.put("U" + (i + 1), answers[i]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientResponseId", clientId);
        body.put("answers", byCode);
        body.put("gender", clientId.hashCode() % 2 == 0 ? "L" : "P");
        body.put("age", 35);
        body.put("education", "D4/S1");
        body.put("occupation", "Wirausaha");
        body.put("consent", true);
        return body;
    }

    /** A paper-form CSV: one row per respondent with its client id, consent and the nine answers. */
    static String skmCsv(List<String> clientIds, List<int[]> answers) {
        StringBuilder csv = new StringBuilder("client_response_id,gender,age,consent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n");
        for (int r = 0; r < clientIds.size(); r++) {
            csv.append(clientIds.get(r)).append(",P,52,true");
            for (int a : answers.get(r)) {
                csv.append(',').append(a);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Opens an SKM 2017 campaign for a unit as {@code token}; returns the raw response. */
    static Response openCampaign(String token, String unitId, String period, Long population) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unitId);
        body.put("questionnaireId", SKM_2017);
        body.put("period", period);
        body.put("title", "SKM " + period);
        if (population != null) {
            body.put("population", population);
        }
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/survey/campaigns");
    }

    /** The unit's answers (MANDIRI tier) for every weighted indicator, each with its required evidence. */
    static Map<String, Object> answers(ToIntFunction<Indicator> value) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Indicator indicator : INDICATORS) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicatorCode", indicator.code());
            item.put("value", value.applyAsInt(indicator));
            item.put("evidence", List.of(Map.of("slot", "bukti", "link", "https://bukti.example/" + indicator.code())));
            items.add(item);
        }
        return Map.of("answers", items);
    }

    /** An evaluator's scores for every weighted indicator. */
    static Map<String, Object> scores(ToIntFunction<Indicator> value) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Indicator indicator : INDICATORS) {
            items.add(
                    Map.of("indicatorCode", indicator.code(), "value", value.applyAsInt(indicator), "note", "dinilai"));
        }
        return Map.of("scores", items);
    }

    /**
     * IPP computed exactly (PermenPANRB 29/2022, Pedoman 5/2023): aspect = Σ w_i × skor_i, IPP = Σ W_k × aspect_k,
     * weights in percent; not rounded.
     */
    static BigDecimal ipp(ToIntFunction<Indicator> value) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> aspect : ASPECT_WEIGHTS.entrySet()) {
            BigDecimal aspectScore = BigDecimal.ZERO;
            for (Indicator indicator : INDICATORS) {
                if (indicator.aspect().equals(aspect.getKey())) {
                    aspectScore = aspectScore.add(BigDecimal.valueOf(indicator.weight())
                            .multiply(BigDecimal.valueOf(value.applyAsInt(indicator)))
                            .movePointLeft(2));
                }
            }
            total = total.add(
                    BigDecimal.valueOf(aspect.getValue()).multiply(aspectScore).movePointLeft(2));
        }
        return total;
    }

    /** A value rounded half-up to two decimals, as the services publish it. */
    static BigDecimal twoDecimals(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /** Opens a cycle as {@code token}; returns the raw response. */
    static Response openCycle(String token, String name, int year, String scope, List<String> unitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("instrumentCode", "PEKPPP");
        body.put("instrumentVersion", 2);
        body.put("year", year);
        body.put("scopeRegion", scope);
        body.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        year + "-02-01",
                        "evaluation",
                        year + "-05-01",
                        "revision",
                        year + "-08-01",
                        "finalisation",
                        year + "-10-01"));
        body.put("unitIds", unitIds);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles");
    }

    /**
     * Opens a cycle of any instrument version as {@code token} ({@code scope} null: a national cycle), its phases
     * in February, May, August and October of {@code year}; returns the raw response.
     */
    static Response openCycle(
            String token,
            String instrumentCode,
            int instrumentVersion,
            int year,
            String scope,
            List<String> tiers,
            List<String> unitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", instrumentCode + " " + year + " " + java.util.UUID.randomUUID());
        body.put("instrumentCode", instrumentCode);
        body.put("instrumentVersion", instrumentVersion);
        body.put("year", year);
        body.put("scopeRegion", scope);
        body.put("tiers", tiers);
        body.put(
                "phases",
                Map.of(
                        "selfAssessment",
                        year + "-02-01",
                        "evaluation",
                        year + "-05-01",
                        "revision",
                        year + "-08-01",
                        "finalisation",
                        year + "-10-01"));
        body.put("unitIds", unitIds);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/assessment/cycles");
    }

    /**
     * The live ranking rows of an index and period read as a manager (anonymous readers see only published
     * rankings), with the given filters (region, subjectKind, instansi, ...), best first.
     */
    static List<Map<String, Object>> managerRanking(String index, String period, Map<String, ?> filters) {
        RequestSpecification request = as(DevTokens.admin())
                .queryParam("index", index)
                .queryParam("period", period)
                .queryParam("size", 100);
        filters.forEach(request::queryParam);
        return json(expect(request.get("/api/v1/ranking/units"), 200, "ranking"))
                .getList("items");
    }

    /**
     * Runs the cycle's lokus through both steps of a MANDIRI, PROVINSI cycle: each unit's operator answers with
     * {@code answers} of its unit (items of indicatorCode, value and any evidence) and submits, then
     * {@code evaluator} scores the PROVINSI tier with the same values and verifies; returns each verified
     * assessment's body (decimals exact) by unit id.
     */
    static Map<String, JsonPath> assessAndVerify(
            String cycleId, String evaluator, Map<String, List<Map<String, Object>>> answers) {
        String admin = DevTokens.admin();
        expect(movePhase(admin, cycleId, "SELF_ASSESSMENT"), 200, "phase");
        Map<String, String> byUnit = assessmentsByUnit(cycleId);
        answers.forEach((unit, items) -> {
            String operator = DevTokens.operator(java.util.UUID.fromString(unit));
            expect(answer(operator, byUnit.get(unit), Map.of("answers", items)), 200, "answers of " + unit);
            expect(submit(operator, byUnit.get(unit)), 200, "submit of " + unit);
        });
        expect(movePhase(admin, cycleId, "EVALUATION"), 200, "phase");
        Map<String, JsonPath> verified = new LinkedHashMap<>();
        answers.forEach((unit, items) -> {
            List<Map<String, Object>> scores = new ArrayList<>();
            items.forEach(
                    item -> scores.add(Map.of("indicatorCode", item.get("indicatorCode"), "value", item.get("value"))));
            expect(score(evaluator, byUnit.get(unit), "PROVINSI", Map.of("scores", scores)), 200, "scores of " + unit);
            verified.put(unit, json(expect(verify(evaluator, byUnit.get(unit)), 200, "verify of " + unit)));
        });
        return verified;
    }

    /** Moves a cycle to a phase regardless of its dates, as {@code token}. */
    static Response movePhase(String token, String cycleId, String phase) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phase", phase);
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/assessment/cycles/" + cycleId + "/phase");
    }

    /** The cycle's assessments by unit id. */
    static Map<String, String> assessmentsByUnit(String cycleId) {
        List<Map<String, Object>> items = as(DevTokens.admin())
                .queryParam("cycleId", cycleId)
                .queryParam("size", 500)
                .get("/api/v1/assessment/assessments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, String> byUnit = new LinkedHashMap<>();
        items.forEach(item -> byUnit.put((String) item.get("unitId"), (String) item.get("id")));
        return byUnit;
    }

    static Response answer(String token, String assessmentId, Object body) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/assessment/assessments/" + assessmentId + "/answers");
    }

    static Response submit(String token, String assessmentId) {
        return as(token).post("/api/v1/assessment/assessments/" + assessmentId + "/submit");
    }

    static Response score(String token, String assessmentId, String tier, Object body) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/assessment/assessments/" + assessmentId + "/tiers/" + tier + "/scores");
    }

    static Response verify(String token, String assessmentId) {
        return as(token).post("/api/v1/assessment/assessments/" + assessmentId + "/verify");
    }

    /** The body as JSON with decimals read exactly (as BigDecimal, never float). */
    static JsonPath json(Response response) {
        return response.jsonPath(
                JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Fails with the body when the status is not the expected one; returns the response. */
    static Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    what + ": expected " + status + " but got " + response.statusCode() + " " + response.asString());
        }
        return response;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
