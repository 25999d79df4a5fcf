package id.rapor.system;

import static id.rapor.system.ScenarioApi.as;
import static id.rapor.system.ScenarioApi.expect;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix, through the gateway with real tokens: every role (admin, viewer, an evaluator of
 * province 73, an evaluator of province 64, the operator of one unit in 73, anonymous) against data that is in or
 * out of its scope, for each endpoint family. Each cell's status must be exactly the rule's: an evaluator never
 * reads or changes another province's data, an operator only its own unit, a viewer only reads, anonymous callers
 * only submit to an open campaign and read published results (survey results, rankings) and the public reference
 * data (region register, questionnaires, index definitions). Write cells act on data prepared for them, so a
 * refused cell and an allowed cell never depend on each other.
 *
 * <p>Isolation on the shared stack: its own year (periods {@code <year>-Q1}), regencies 73.04, 73.71 and 64.71, and
 * no unit of type KECAMATAN (the province scenario counts those in province 73).
 */
class AuthorizationMatrixTest {

    /**
     * Who calls: the roles of issue 6, plus a kabupaten evaluator (Bagian Organisasi of Jeneponto, 73.04) and a
     * forged administrator token (right claims, signed with a key the system does not trust).
     */
    enum Role {
        ADMIN(null),
        VIEWER(null),
        EVAL_73("73"),
        EVAL_64("64"),
        EVAL_7304("73.04"),
        OPERATOR(null),
        ANONYMOUS(null),
        FORGED(null);

        /** The evaluator's region claim. */
        final String region;

        Role(String region) {
            this.region = region;
        }
    }

    /**
     * Whose data: the operator's own unit and a second unit, both in Jeneponto (73.04), a unit in Makassar (73.71,
     * same province, another kota) and a unit in Balikpapan (64.71); ANY for data that belongs to no region.
     */
    enum Target {
        OWN("73.04"),
        PEER("73.04"),
        SIBLING("73.71"),
        FAR("64.71"),
        ANY(null);

        final String regency;

        Target(String regency) {
            this.regency = regency;
        }

        String province() {
            return regency == null ? null : regency.substring(0, 2);
        }
    }

    /** One endpoint family: the call, the status the rule allows, and on which targets it runs. */
    private static final String VOID_FAMILY = "survey responses: void";

    /**
     * Ranking reads of a period nobody has published: managers read the live draft, everyone else (anonymous
     * included) is told it is not published (404).
     */
    private static final Set<String> UNPUBLISHED_RANKINGS = Set.of(
            "ranking: units (live for managers, else published)",
            "ranking: report of a region (live for managers, else published)",
            "ranking: scorecard (live for managers, else published)",
            "ranking: regions (live for managers, else published)",
            "ranking: units export (live for managers, else published)",
            "ranking: regions export (live for managers, else published)");

    private record Family(String name, List<Target> targets, Rule rule, int allowed, Call call, String listId) {

        Family(String name, List<Target> targets, Rule rule, int allowed, Call call) {
            this(name, targets, rule, allowed, call, null);
        }
    }

    @FunctionalInterface
    private interface Call {
        Response send(String token, Role role, Target target);
    }

    @FunctionalInterface
    private interface Rule {
        boolean permits(Role role, Target target);
    }

    /** List check of cycles: by scope for evaluators, by lokus for the operator. */
    private static final String CYCLE = "cycle";

    private static final List<Target> UNITS = List.of(Target.OWN, Target.PEER, Target.SIBLING, Target.FAR);
    private static final List<Target> PROVINCES = List.of(Target.OWN, Target.FAR);
    private static final List<Target> REGENCIES = List.of(Target.OWN, Target.SIBLING, Target.FAR);

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Target, String> unit = new EnumMap<>(Target.class);
    private final Map<Target, String> campaign = new EnumMap<>(Target.class);
    private final Map<Target, String> formToken = new EnumMap<>(Target.class);
    private final Map<Target, String> voidable = new EnumMap<>(Target.class);
    private final Map<Target, String> closable = new EnumMap<>(Target.class);
    private final Map<Target, Map<Role, String>> movable = new EnumMap<>(Target.class);
    private final Set<String> ownCycles = new HashSet<>();
    private final Map<Target, String> cycle = new EnumMap<>(Target.class);
    private final Map<Target, String> draft = new EnumMap<>(Target.class);
    private final Map<Target, String> submitted = new EnumMap<>(Target.class);
    private final Map<Target, Map<Role, String>> verifiable = new EnumMap<>(Target.class);
    private final Map<Target, String> webhook = new EnumMap<>(Target.class);
    private final Map<Target, String> assessmentWebhook = new EnumMap<>(Target.class);
    private String closedCampaign;
    private String suffix;
    private int year;

    // The rules, from issue 6 and ARCHITECTURE.md "Security".

    /** Whether {@code code} is the region {@code scope} or lies inside it (Kemendagri codes nest by prefix). */
    private static boolean within(String code, String scope) {
        return code != null && scope != null && (code.equals(scope) || code.startsWith(scope + "."));
    }

    /** An evaluator whose region contains the target's unit. */
    private static boolean evaluatorOf(Role role, Target t) {
        return within(t.regency, role.region);
    }

    /** A provincial evaluator (Biro Organisasi) whose province contains the target: provincial cycles and tier. */
    private static boolean provincialEvaluatorOf(Role role, Target t) {
        return role.region != null && !role.region.contains(".") && evaluatorOf(role, t);
    }

    /** Reads of scoped data: admin and viewer everything, an evaluator its province, an operator its unit. */
    private static boolean reads(Role role, Target t) {
        return role == Role.ADMIN
                || role == Role.VIEWER
                || evaluatorOf(role, t)
                || role == Role.OPERATOR && t == Target.OWN;
    }

    /**
     * Reads of a provincial cycle: admin and viewer, an evaluator whose region overlaps the cycle's province (a
     * kabupaten's Bagian Organisasi follows its province's cycle), the operator of a lokus unit.
     */
    private static boolean readsCycle(Role role, Target t) {
        return role == Role.ADMIN
                || role == Role.VIEWER
                || role.region != null && (within(t.province(), role.region) || within(role.region, t.province()))
                || role == Role.OPERATOR && t == Target.OWN;
    }

    /** Register and evaluation writes: admin everywhere, an evaluator in its province. */
    private static boolean manages(Role role, Target t) {
        return role == Role.ADMIN || evaluatorOf(role, t);
    }

    /** Province-scoped cycles and the PROVINSI tier: admin and the Biro Organisasi of that province. */
    private static boolean managesProvince(Role role, Target t) {
        return role == Role.ADMIN || provincialEvaluatorOf(role, t);
    }

    /** Survey writes for a unit: admin, an evaluator in its province, the unit's operator. */
    private static boolean managesUnit(Role role, Target t) {
        return manages(role, t) || role == Role.OPERATOR && t == Target.OWN;
    }

    /** The unit's own answers (the MANDIRI tier): admin and the unit's operator. */
    private static boolean answersFor(Role role, Target t) {
        return role == Role.ADMIN || role == Role.OPERATOR && t == Target.OWN;
    }

    /** Moving a unit into another province: both the old and the new region must be the caller's (admin only). */
    private static boolean movesAcrossProvinces(Role role, Target t) {
        return role == Role.ADMIN;
    }

    /** A list by unit: evaluators get it filtered to their region, an operator may only ask for its own unit. */
    private static boolean listsByUnit(Role role, Target t) {
        return role != Role.OPERATOR || t == Target.OWN;
    }

    /**
     * Lists filter to the caller's scope; an evaluator asking for a province that neither contains nor lies inside
     * its region is refused.
     */
    private static boolean lists(Role role, Target t) {
        return role.region == null || within(t.province(), role.region) || within(role.region, t.province());
    }

    /** The live ranking of the target's province: admin, viewer, an evaluator whose region contains the province. */
    private static boolean readsLiveRanking(Role role, Target t) {
        return role == Role.ADMIN || role == Role.VIEWER || within(t.province(), role.region);
    }

    /** The live scorecard of the target's unit: admin, viewer, an evaluator whose region contains the unit. */
    private static boolean readsLiveScorecard(Role role, Target t) {
        return role == Role.ADMIN || role == Role.VIEWER || evaluatorOf(role, t);
    }

    /** Publishing a province's ranking: admin, an evaluator of that province (not of a kab/kota inside it). */
    private static boolean publishesProvince(Role role, Target t) {
        return role == Role.ADMIN || within(t.province(), role.region);
    }

    private static boolean anyToken(Role role, Target t) {
        return true;
    }

    private static boolean adminOnly(Role role, Target t) {
        return role == Role.ADMIN;
    }

    /** The status a cell must answer: the allowed status, 401 without a token, 403 outside the rule. */
    private static int expected(Family family, Role role, Target target) {
        if (role == Role.FORGED) {
            // The gateway verifies every token it is given, on public endpoints too.
            return 401;
        }
        if (VOID_FAMILY.equals(family.name())
                && role == Role.OPERATOR
                && family.rule().permits(role, target)) {
            // Separation of duties: the unit's own operator files a void request that an evaluator approves.
            return 202;
        }
        if (UNPUBLISHED_RANKINGS.contains(family.name())) {
            return family.rule().permits(role, target) ? family.allowed() : 404;
        }
        boolean isPublic = family.rule() == null;
        if (isPublic) {
            return family.allowed();
        }
        if (role == Role.ANONYMOUS) {
            return 401;
        }
        return family.rule().permits(role, target) ? family.allowed() : 403;
    }

    @Test
    void shouldAnswerEveryRoleExactlyAsTheRuleSaysOnEveryEndpointFamily() {
        SystemStack.get();
        prepare();
        List<Family> families = families();

        List<String> mismatches = new ArrayList<>();
        Map<String, Map<Role, String>> matrix = new LinkedHashMap<>();
        for (Family family : families) {
            for (Target target : family.targets()) {
                Map<Role, String> row = new EnumMap<>(Role.class);
                for (Role role : Role.values()) {
                    int want = expected(family, role, target);
                    Response response = family.call().send(tokens.get(role), role, target);
                    int got = response.statusCode();
                    String leaked =
                            got == 200 && family.listId() != null ? leak(response, role, family.listId()) : null;
                    if (leaked != null) {
                        row.put(role, "200 LEAK");
                        mismatches.add(String.format("%s [%s] as %s: %s", family.name(), target, role, leaked));
                    } else if (got == want) {
                        row.put(role, String.valueOf(got));
                    } else {
                        row.put(role, got + "≠" + want);
                        mismatches.add(String.format(
                                "%s [%s] as %s: expected %d, got %d %s",
                                family.name(), target, role, want, got, abbreviate(response.asString())));
                    }
                }
                matrix.put(family.name() + (target == Target.ANY ? "" : " [" + target + "]"), row);
            }
        }
        String printed = print(matrix, mismatches);
        System.out.println(printed);
        assertThat(mismatches).as(printed).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixtures: three units, a campaign and a voidable response each, a draft assessment (self-assessment phase),
    // a submitted one (evaluation phase) and one fully scored assessment per role to verify.

    private void prepare() {
        suffix = Api.uniq();
        year = 2150 + ThreadLocalRandom.current().nextInt(49);
        String admin = DevTokens.admin();
        unit.put(Target.OWN, Api.unit("Disdukcapil Jeneponto " + suffix, "DISDUKCAPIL", Target.OWN.regency));
        unit.put(Target.PEER, Api.unit("RSUD Lanto Dg Pasewang " + suffix, "RSUD", Target.PEER.regency));
        unit.put(Target.SIBLING, Api.unit("Samsat Makassar " + suffix, "SAMSAT", Target.SIBLING.regency));
        unit.put(Target.FAR, Api.unit("DPMPTSP Balikpapan " + suffix, "DPMPTSP", Target.FAR.regency));
        UNITS.forEach(t -> ScenarioApi.awaitReplicas(unit.get(t)));

        tokens.put(Role.ADMIN, admin);
        tokens.put(Role.VIEWER, DevTokens.viewer());
        tokens.put(Role.EVAL_73, DevTokens.evaluator("73"));
        tokens.put(Role.EVAL_64, DevTokens.evaluator("64"));
        tokens.put(Role.EVAL_7304, DevTokens.evaluator("73.04"));
        tokens.put(Role.FORGED, forgedAdminToken());
        tokens.put(Role.OPERATOR, DevTokens.operator(UUID.fromString(unit.get(Target.OWN))));
        tokens.put(Role.ANONYMOUS, null);

        for (Target t : UNITS) {
            String id = unit.get(t);
            var opened = expect(ScenarioApi.openCampaign(admin, id, period(), null), 201, "campaign")
                    .jsonPath();
            String c = opened.getString("id");
            campaign.put(t, c);
            formToken.put(t, opened.getString("formToken"));
            String clientId = "void-me-" + t + "-" + suffix;
            expect(
                    as(admin)
                            .contentType(ContentType.JSON)
                            .body(List.of(ScenarioApi.skmResponse(clientId, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3})))
                            .post(responses(c) + "/batch"),
                    200,
                    "batch");
            voidable.put(t, clientId);
            closable.put(
                    t,
                    expect(ScenarioApi.openCampaign(admin, id, period(), null), 201, "campaign")
                            .jsonPath()
                            .getString("id"));
            // anonymous readers see survey results once published
            expect(
                    as(admin)
                            .contentType(ContentType.JSON)
                            .body(Map.of("period", period()))
                            .post("/api/v1/survey/units/" + id + "/publications"),
                    201,
                    "publication");

            String province = t.province();
            String c1 = cycle(admin, "draft " + t, province, id);
            expect(ScenarioApi.movePhase(admin, c1, "SELF_ASSESSMENT"), 200, "phase");
            cycle.put(t, c1);
            if (t == Target.OWN) {
                ownCycles.add(c1);
            }
            draft.put(t, ScenarioApi.assessmentsByUnit(c1).get(id));

            String c2 = cycle(admin, "scoring " + t, province, id);
            String a2 = ScenarioApi.assessmentsByUnit(c2).get(id);
            selfAssess(admin, c2, a2);
            submitted.put(t, a2);
            if (t == Target.OWN) {
                ownCycles.add(c2);
            }

            Map<Role, String> perRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                String c3 = cycle(admin, "verify " + t + " " + role, province, id);
                String a3 = ScenarioApi.assessmentsByUnit(c3).get(id);
                selfAssess(admin, c3, a3);
                expect(ScenarioApi.score(admin, a3, "KABKOTA", ScenarioApi.scores(i -> 4)), 200, "KABKOTA");
                expect(ScenarioApi.score(admin, a3, "PROVINSI", ScenarioApi.scores(i -> 4)), 200, "PROVINSI");
                perRole.put(role, a3);
                if (t == Target.OWN) {
                    ownCycles.add(c3);
                }
            }
            verifiable.put(t, perRole);
            webhook.put(
                    t,
                    expect(
                                    as(admin)
                                            .contentType(ContentType.JSON)
                                            .body(webhookBody(id))
                                            .post(WEBHOOKS),
                                    201,
                                    "webhook")
                            .jsonPath()
                            .getString("subscription.id"));
            assessmentWebhook.put(
                    t,
                    expect(
                                    as(admin)
                                            .contentType(ContentType.JSON)
                                            .body(assessmentWebhookBody(id))
                                            .post(ASSESSMENT_WEBHOOKS),
                                    201,
                                    "assessment webhook")
                            .jsonPath()
                            .getString("subscription.id"));
        }
        for (Target t : PROVINCES) {
            Map<Role, String> perRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                perRole.put(
                        role,
                        expect(
                                        as(admin)
                                                .contentType(ContentType.JSON)
                                                .body(Map.of(
                                                        "name",
                                                        "UPT pindah " + cellId(role, t),
                                                        "type",
                                                        "OTHER",
                                                        "regionCode",
                                                        t.regency))
                                                .post("/api/v1/units"),
                                        201,
                                        "unit")
                                .jsonPath()
                                .getString("id"));
            }
            movable.put(t, perRole);
        }
        closedCampaign = expect(ScenarioApi.openCampaign(admin, unit.get(Target.OWN), period(), null), 201, "campaign")
                .jsonPath()
                .getString("id");
        expect(as(admin).post("/api/v1/survey/campaigns/" + closedCampaign + "/close"), 200, "close");
    }

    /** An administrator's claims signed with a freshly generated key the system has never seen. */
    private static String forgedAdminToken() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey foreign = generator.generateKeyPair().getPrivate();
            return Jwt.issuer(DevTokens.ISSUER)
                    .audience(DevTokens.AUDIENCE)
                    .subject("admin@kemenpanrb")
                    .upn("admin@kemenpanrb")
                    .groups(Set.of("admin"))
                    .expiresIn(Duration.ofHours(1))
                    .jws()
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(foreign);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String cycle(String admin, String name, String province, String unitId) {
        return expect(
                        ScenarioApi.openCycle(admin, "Matrix " + name + " " + suffix, year, province, List.of(unitId)),
                        201,
                        "cycle")
                .jsonPath()
                .getString("id");
    }

    /** Answers and submits as the administrator, then moves the cycle to evaluation. */
    private static void selfAssess(String admin, String cycleId, String assessmentId) {
        expect(ScenarioApi.movePhase(admin, cycleId, "SELF_ASSESSMENT"), 200, "phase");
        expect(ScenarioApi.answer(admin, assessmentId, ScenarioApi.answers(i -> 4)), 200, "answers");
        expect(ScenarioApi.submit(admin, assessmentId), 200, "submit");
        expect(ScenarioApi.movePhase(admin, cycleId, "EVALUATION"), 200, "phase");
    }

    private static final String WEBHOOKS = "/api/v1/survey/webhooks/subscriptions";

    /** A subscription to a unit's tallies at a closed local port, paused at its first failure. */
    private static Map<String, Object> webhookBody(String unitId) {
        return Map.of(
                "url",
                "http://127.0.0.1:9/matrix",
                "eventTypes",
                List.of("survey.tally.changed"),
                "unitId",
                unitId,
                "pauseAfterFailures",
                1);
    }

    private static final String ASSESSMENT_WEBHOOKS = "/api/v1/assessment/webhooks/subscriptions";

    /** A subscription to a unit's verified assessments at a closed local port, paused at its first failure. */
    private static Map<String, Object> assessmentWebhookBody(String unitId) {
        return Map.of(
                "url",
                "http://127.0.0.1:9/matrix",
                "eventTypes",
                List.of("assessment.verified"),
                "unitId",
                unitId,
                "pauseAfterFailures",
                1);
    }

    private String period() {
        return year + "-Q1";
    }

    private static Map<String, Object> signatoryBody(Role role) {
        return Map.of(
                "name", "Penandatangan " + role.name().toLowerCase(),
                "nip", "197001011990011001",
                "position", "Kepala Bagian Organisasi");
    }

    private static String responses(String campaignId) {
        return "/api/v1/survey/campaigns/" + campaignId + "/responses";
    }

    private String cellId(Role role, Target target) {
        return "m-" + role.name().toLowerCase() + "-" + target.name().toLowerCase() + "-" + suffix + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The families. A null rule marks a public endpoint (every caller, anonymous included, gets the allowed status).

    private List<Family> families() {
        List<Target> any = List.of(Target.ANY);
        List<Family> f = new ArrayList<>();

        f.add(new Family(
                "units: read one",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/units/" + unit.get(t))));
        f.add(new Family(
                "units: list a province (no foreign rows)",
                PROVINCES,
                AuthorizationMatrixTest::lists,
                200,
                (tok, r, t) -> as(tok).queryParam("region", t.province())
                        .queryParam("size", 500)
                        .get("/api/v1/units"),
                "id"));
        f.add(new Family(
                "units: change",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) ->
                        as(tok).contentType(ContentType.JSON).body(unitBody(t)).put("/api/v1/units/" + unit.get(t))));
        f.add(new Family(
                "units: move into the other province",
                PROVINCES,
                AuthorizationMatrixTest::movesAcrossProvinces,
                200,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                "UPT pindah " + cellId(r, t),
                                "type",
                                "OTHER",
                                "regionCode",
                                t == Target.FAR ? "73.04" : "64.71"))
                        .put("/api/v1/units/" + movable.get(t).get(r))));
        f.add(new Family(
                "units: register one",
                REGENCIES,
                AuthorizationMatrixTest::manages,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(Map.of("name", "UPT Pelayanan " + cellId(r, t), "type", "OTHER", "regionCode", t.regency))
                        .post("/api/v1/units")));
        f.add(new Family(
                "units: bulk import",
                REGENCIES,
                AuthorizationMatrixTest::manages,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(List.of(Map.of("name", "UPT " + cellId(r, t), "type", "OTHER", "regionCode", t.regency)))
                        .post("/api/v1/units/bulk")));
        f.add(new Family(
                "regions: read (public register)",
                PROVINCES,
                null,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/regions/" + t.province())));

        f.add(new Family(
                "instruments: read",
                any,
                AuthorizationMatrixTest::anyToken,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/assessment/instruments")));
        f.add(new Family(
                "instruments: publish",
                any,
                AuthorizationMatrixTest::adminOnly,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(instrumentBody(r))
                        .post("/api/v1/assessment/instruments")));

        f.add(new Family(
                "cycles: read one (provincial cycle)",
                UNITS,
                AuthorizationMatrixTest::readsCycle,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/assessment/cycles/" + cycle.get(t))));
        f.add(new Family(
                "cycles: list this year's (no foreign cycles)",
                any,
                AuthorizationMatrixTest::anyToken,
                200,
                (tok, r, t) ->
                        as(tok).queryParam("year", year).queryParam("size", 500).get("/api/v1/assessment/cycles"),
                CYCLE));
        f.add(new Family(
                "cycles: open for a province",
                PROVINCES,
                AuthorizationMatrixTest::managesProvince,
                201,
                (tok, r, t) ->
                        ScenarioApi.openCycle(tok, "Matrix open " + cellId(r, t), year, t.province(), List.of())));
        f.add(new Family(
                "cycles: add lokus (provincial cycle)",
                UNITS,
                AuthorizationMatrixTest::managesProvince,
                200,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(Map.of("unitIds", List.of(unit.get(t))))
                        .post("/api/v1/assessment/cycles/" + cycle.get(t) + "/units")));
        f.add(new Family(
                "cycles: move phase (provincial cycle)",
                UNITS,
                AuthorizationMatrixTest::managesProvince,
                200,
                (tok, r, t) -> ScenarioApi.movePhase(tok, cycle.get(t), "SELF_ASSESSMENT")));

        f.add(new Family(
                "assessments: read one",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/assessment/assessments/" + draft.get(t))));
        f.add(new Family(
                "assessments: PEKPPP result sheet (PDF)",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/assessment/assessments/" + submitted.get(t) + "/result-sheet")));
        f.add(new Family(
                "assessments: audit trail",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/assessment/assessments/" + draft.get(t) + "/audit")));
        f.add(new Family(
                "assessments: list a province (no foreign rows)",
                PROVINCES,
                AuthorizationMatrixTest::lists,
                200,
                (tok, r, t) -> as(tok).queryParam("region", t.province())
                        .queryParam("size", 500)
                        .get("/api/v1/assessment/assessments"),
                "unitId"));
        f.add(new Family(
                "assessments: list a unit's (no foreign rows)",
                UNITS,
                AuthorizationMatrixTest::listsByUnit,
                200,
                (tok, r, t) -> as(tok).queryParam("unitId", unit.get(t))
                        .queryParam("size", 500)
                        .get("/api/v1/assessment/assessments"),
                "unitId"));
        f.add(new Family(
                "assessments: export a unit's (CSV)",
                UNITS,
                AuthorizationMatrixTest::listsByUnit,
                200,
                (tok, r, t) -> as(tok).queryParam("unitId", unit.get(t)).get("/api/v1/assessment/assessments/export")));
        f.add(new Family(
                "assessments: answer (MANDIRI)",
                UNITS,
                AuthorizationMatrixTest::answersFor,
                200,
                (tok, r, t) -> ScenarioApi.answer(
                        tok,
                        draft.get(t),
                        Map.of(
                                "answers",
                                List.of(Map.of(
                                        "indicatorCode",
                                        "1.a.Ak",
                                        "value",
                                        3,
                                        "evidence",
                                        List.of(Map.of("slot", "bukti", "link", "https://bukti.example/sp"))))))));
        f.add(new Family(
                "assessments: score (KABKOTA)",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> ScenarioApi.score(
                        tok,
                        submitted.get(t),
                        "KABKOTA",
                        Map.of("scores", List.of(Map.of("indicatorCode", "1.a.Ak", "value", 3))))));
        f.add(new Family(
                "assessments: verify (PROVINSI tier)",
                UNITS,
                AuthorizationMatrixTest::managesProvince,
                200,
                (tok, r, t) -> ScenarioApi.verify(tok, verifiable.get(t).get(r))));

        f.add(new Family(
                "survey campaigns: read one",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/campaigns/" + campaign.get(t))));
        f.add(new Family(
                "survey campaigns: list a unit's",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).queryParam("unitId", unit.get(t)).get("/api/v1/survey/campaigns")));
        f.add(new Family(
                "survey campaigns: open",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                201,
                (tok, r, t) -> ScenarioApi.openCampaign(tok, unit.get(t), period(), null)));
        f.add(new Family(
                "survey campaigns: close",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).post("/api/v1/survey/campaigns/" + closable.get(t) + "/close")));
        f.add(new Family(
                "survey units: read replica",
                UNITS,
                AuthorizationMatrixTest::reads,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/units/" + unit.get(t))));

        f.add(new Family(
                "survey responses: submit one (public)",
                UNITS,
                null,
                201,
                (tok, r, t) -> ScenarioApi.honouringRateLimit(() -> as(tok).contentType(ContentType.JSON)
                        .headers(ScenarioApi.publicForm(campaign.get(t)))
                        .body(ScenarioApi.skmResponse(cellId(r, t), new int[] {4, 4, 4, 3, 3, 3, 4, 4, 4}))
                        .post(responses(campaign.get(t))))));
        f.add(new Family(
                "survey responses: submit to a closed campaign",
                List.of(Target.OWN),
                null,
                409,
                (tok, r, t) -> ScenarioApi.honouringRateLimit(() -> as(tok).contentType(ContentType.JSON)
                        .body(ScenarioApi.skmResponse(cellId(r, t), new int[] {4, 4, 4, 3, 3, 3, 4, 4, 4}))
                        .post(responses(closedCampaign)))));
        f.add(new Family(
                "survey responses: JSON batch",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> ScenarioApi.honouringRateLimit(() -> as(tok).contentType(ContentType.JSON)
                        .body(List.of(ScenarioApi.skmResponse(cellId(r, t), new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3})))
                        .post(responses(campaign.get(t)) + "/batch"))));
        f.add(new Family(
                "survey responses: CSV import",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                // paper forms arrive in a named batch: the unit's operator may not import without one
                (tok, r, t) -> ScenarioApi.honouringRateLimit(() -> as(tok).contentType("text/csv; charset=UTF-8")
                        .queryParam("batchReference", "MATRIX-" + cellId(r, t))
                        .body(ScenarioApi.skmCsv(List.of(cellId(r, t)), List.of(new int[] {2, 3, 4, 2, 3, 4, 2, 3, 4})))
                        .post(responses(campaign.get(t)) + "/csv"))));
        f.add(new Family(
                VOID_FAMILY,
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> ScenarioApi.honouringRateLimit(() -> as(tok).contentType(ContentType.JSON)
                        .body(Map.of("reason", "Uji matriks"))
                        .post(responses(campaign.get(t)) + "/" + voidable.get(t) + "/void"))));
        f.add(new Family(
                "survey public form: read by its token",
                UNITS,
                null,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/forms/" + formToken.get(t))));
        f.add(new Family(
                "survey results: campaign (published)",
                UNITS,
                null,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/campaigns/" + campaign.get(t) + "/result")));
        f.add(new Family(
                "survey results: unit and period (published)",
                UNITS,
                null,
                200,
                (tok, r, t) ->
                        as(tok).queryParam("period", period()).get("/api/v1/survey/units/" + unit.get(t) + "/result")));
        f.add(new Family(
                "survey results: publication history of a unit and period",
                UNITS,
                null,
                200,
                (tok, r, t) -> as(tok).queryParam("period", period())
                        .get("/api/v1/survey/units/" + unit.get(t) + "/publications")));
        f.add(new Family(
                // a period without campaigns: the rule admits the caller, then there is nothing to publish (404)
                "survey results: publish (evaluator of the region, admin; never the unit's operator)",
                UNITS,
                AuthorizationMatrixTest::manages,
                404,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(Map.of("period", (year + 1) + "-Q1"))
                        .post("/api/v1/survey/units/" + unit.get(t) + "/publications")));
        f.add(new Family(
                "survey documents: Laporan SKM (PDF)",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).queryParam("period", period())
                        .get("/api/v1/survey/units/" + unit.get(t) + "/reports/skm")));
        f.add(new Family(
                "survey documents: Pengolahan workbook (every respondent's answers)",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> as(tok).queryParam("period", period())
                        .get("/api/v1/survey/units/" + unit.get(t) + "/reports/pengolahan")));
        f.add(new Family(
                "survey documents: set a unit's signatory",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(signatoryBody(r))
                        .put("/api/v1/survey/units/" + unit.get(t) + "/report-signatory")));
        f.add(new Family(
                "survey documents: set a kab/kota's signatory",
                REGENCIES,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(signatoryBody(r))
                        .put("/api/v1/survey/regions/" + t.regency + "/report-signatory")));

        f.add(new Family(
                "survey responses: read feed",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).get(responses(campaign.get(t)))));
        f.add(new Family(
                "survey responses: export (CSV)",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).get(responses(campaign.get(t)) + "/export")));
        f.add(new Family(
                "survey saran: list",
                UNITS,
                AuthorizationMatrixTest::managesUnit,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/campaigns/" + campaign.get(t) + "/saran")));
        f.add(new Family(
                "survey saran: categories (public)",
                any,
                null,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/survey/saran-categories")));
        f.add(new Family(
                "survey results: export a unit's (CSV)",
                UNITS,
                AuthorizationMatrixTest::anyToken,
                200,
                (tok, r, t) -> as(tok).queryParam("period", period())
                        .queryParam("unitId", unit.get(t))
                        .get("/api/v1/survey/results/export")));
        f.add(new Family(
                "webhooks: subscribe to a unit's events",
                UNITS,
                AuthorizationMatrixTest::manages,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(webhookBody(unit.get(t)))
                        .post(WEBHOOKS)));
        f.add(new Family(
                "webhooks: read a subscription",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> as(tok).get(WEBHOOKS + "/" + webhook.get(t))));
        f.add(new Family(
                "webhooks: delivery log",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> as(tok).get(WEBHOOKS + "/" + webhook.get(t) + "/deliveries")));
        f.add(new Family(
                "webhooks: pause",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) ->
                        as(tok).queryParam("reason", "Uji matriks").post(WEBHOOKS + "/" + webhook.get(t) + "/pause")));
        f.add(new Family(
                "webhooks: list (no foreign rows)",
                any,
                (r, t) -> r == Role.ADMIN || r.region != null,
                200,
                (tok, r, t) -> as(tok).queryParam("size", 200).get(WEBHOOKS),
                "id"));

        f.add(new Family(
                "webhooks (assessment): subscribe to a unit's events",
                UNITS,
                AuthorizationMatrixTest::manages,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(assessmentWebhookBody(unit.get(t)))
                        .post(ASSESSMENT_WEBHOOKS)));
        f.add(new Family(
                "webhooks (assessment): read a subscription",
                UNITS,
                AuthorizationMatrixTest::manages,
                200,
                (tok, r, t) -> as(tok).get(ASSESSMENT_WEBHOOKS + "/" + assessmentWebhook.get(t))));
        f.add(new Family(
                "webhooks (assessment): list (no foreign rows)",
                any,
                (r, t) -> r == Role.ADMIN || r.region != null,
                200,
                (tok, r, t) -> as(tok).queryParam("size", 200).get(ASSESSMENT_WEBHOOKS),
                "id"));

        f.add(new Family(
                "ranking: units (live for managers, else published)",
                PROVINCES,
                AuthorizationMatrixTest::readsLiveRanking,
                200,
                (tok, r, t) -> as(tok).queryParam("index", "IKM")
                        .queryParam("period", period())
                        .queryParam("region", t.province())
                        .get("/api/v1/ranking/units")));
        f.add(new Family(
                "ranking: report of a region (live for managers, else published)",
                PROVINCES,
                AuthorizationMatrixTest::readsLiveRanking,
                200,
                (tok, r, t) -> as(tok).queryParam("index", "IKM")
                        .queryParam("period", period())
                        .queryParam("region", t.province())
                        .get("/api/v1/ranking/reports/units")));
        f.add(new Family(
                "ranking: scorecard (live for managers, else published)",
                UNITS,
                AuthorizationMatrixTest::readsLiveScorecard,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/ranking/units/" + unit.get(t) + "/scorecard")));
        f.add(new Family(
                "ranking: regions (live for managers, else published)",
                PROVINCES,
                AuthorizationMatrixTest::readsLiveRanking,
                200,
                (tok, r, t) -> as(tok).queryParam("index", "IKM")
                        .queryParam("period", period())
                        .queryParam("level", "regency")
                        .queryParam("parent", t.province())
                        .get("/api/v1/ranking/regions")));
        f.add(new Family(
                "ranking: units export (live for managers, else published)",
                PROVINCES,
                AuthorizationMatrixTest::readsLiveRanking,
                200,
                (tok, r, t) -> as(tok).queryParam("index", "IKM")
                        .queryParam("period", period())
                        .queryParam("region", t.province())
                        .get("/api/v1/ranking/units/export")));
        f.add(new Family(
                "ranking: regions export (live for managers, else published)",
                PROVINCES,
                AuthorizationMatrixTest::readsLiveRanking,
                200,
                (tok, r, t) -> as(tok).queryParam("index", "IKM")
                        .queryParam("period", period())
                        .queryParam("level", "regency")
                        .queryParam("parent", t.province())
                        .get("/api/v1/ranking/regions/export")));
        f.add(new Family(
                "ranking: publish (a period without results: 422 once allowed)",
                PROVINCES,
                AuthorizationMatrixTest::publishesProvince,
                422,
                (tok, r, t) -> as(tok).contentType("application/json")
                        .body(Map.of("regionCode", t.province(), "period", "1901"))
                        .post("/api/v1/ranking/publications")));
        f.add(new Family(
                "ranking: publish a kab/kota (a period without results: 422 once allowed)",
                REGENCIES,
                AuthorizationMatrixTest::manages,
                422,
                (tok, r, t) -> as(tok).contentType("application/json")
                        .body(Map.of("regionCode", t.regency, "period", "1901"))
                        .post("/api/v1/ranking/publications")));
        f.add(new Family(
                "ranking: publication history (public)",
                PROVINCES,
                null,
                200,
                (tok, r, t) -> as(tok).queryParam("regionCode", t.province())
                        .queryParam("period", period())
                        .get("/api/v1/ranking/publications")));
        f.add(new Family(
                "ranking: definitions read (public)",
                any,
                null,
                200,
                (tok, r, t) -> as(tok).get("/api/v1/ranking/definitions")));
        f.add(new Family(
                "ranking: definitions write",
                any,
                AuthorizationMatrixTest::adminOnly,
                201,
                (tok, r, t) -> as(tok).contentType(ContentType.JSON)
                        .body(definitionBody())
                        .post("/api/v1/ranking/definitions/MATRIX_" + suffix.toUpperCase() + "_" + r.ordinal()
                                + "/versions")));
        // Last: a rebuild replays every topic into a fresh projection.
        f.add(new Family(
                "ranking: admin rebuild",
                any,
                AuthorizationMatrixTest::adminOnly,
                200,
                (tok, r, t) -> as(tok).post("/api/v1/ranking/admin/rebuild")));
        return f;
    }

    /** For list families: the first row the caller may not read, or null when every row is in its scope. */
    private String leak(Response response, Role role, String idField) {
        List<Map<String, Object>> items = response.jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            if (CYCLE.equals(idField)) {
                String id = (String) item.get("id");
                String scope = (String) item.get("scopeRegion");
                boolean visible = role == Role.ADMIN
                        || role == Role.VIEWER
                        || scope == null
                        || role.region != null && (within(scope, role.region) || within(role.region, scope))
                        || role == Role.OPERATOR && ownCycles.contains(id);
                if (!visible) {
                    return "cycle " + id + " of scope " + scope + " shown to " + role;
                }
                continue;
            }
            String region = (String) item.get("regionCode");
            String id = (String) item.get(idField);
            boolean visible = role == Role.ADMIN
                    || role == Role.VIEWER
                    || within(region, role.region)
                    || role == Role.OPERATOR && unit.get(Target.OWN).equals(id);
            if (!visible) {
                return "row " + id + " of region " + region + " shown to " + role;
            }
        }
        return null;
    }

    private Map<String, Object> unitBody(Target t) {
        String name = switch (t) {
            case OWN -> "Disdukcapil Jeneponto " + suffix;
            case PEER -> "RSUD Lanto Dg Pasewang " + suffix;
            case SIBLING -> "Samsat Makassar " + suffix;
            default -> "DPMPTSP Balikpapan " + suffix;
        };
        String type = switch (t) {
            case OWN -> "DISDUKCAPIL";
            case PEER -> "RSUD";
            case SIBLING -> "SAMSAT";
            default -> "DPMPTSP";
        };
        return Map.of("name", name, "type", type, "regionCode", t.regency);
    }

    private Map<String, Object> instrumentBody(Role role) {
        Map<String, Object> indicator =
                Map.of("code", "1.a", "text", "Tersedia maklumat pelayanan", "weight", 100, "answerType", "YES_NO");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "MATRIX_" + suffix.toUpperCase() + "_" + role.ordinal());
        body.put("name", "Instrumen uji matriks");
        body.put("indexCode", "MATRIX");
        body.put("legalBasis", "Uji sistem");
        body.put("scaleMax", 5);
        body.put(
                "aspects",
                List.of(Map.of("code", "a", "name", "Kebijakan", "weight", 100, "indicators", List.of(indicator))));
        body.put("bands", List.of(Map.of("lowerBound", 0, "code", "X", "label", "Semua", "zone", "HIJAU")));
        return body;
    }

    /** A definition of a private index that takes effect long after any period a test uses. */
    private static Map<String, Object> definitionBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Indeks uji matriks");
        body.put("legalBasis", "Uji sistem");
        body.put("effectiveFrom", "2199-12-01");
        body.put("source", "ASSESSMENT");
        body.put("scaleMin", 0);
        body.put("scaleMax", 5);
        body.put("decimals", 2);
        body.put(
                "bandTables",
                Map.of("default", List.of(Map.of("lowerBound", 0, "code", "X", "label", "Semua", "zone", "HIJAU"))));
        body.put("rules", Map.of("tierPriority", List.of("PROVINSI")));
        return body;
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }

    private static String print(Map<String, Map<Role, String>> matrix, List<String> mismatches) {
        StringBuilder out = new StringBuilder("\nAuthorisation matrix through the gateway (status per cell; "
                + "'got≠expected' marks a cell that breaks the rule)\n");
        out.append("targets: OWN = the operator's unit in 73.04, PEER = another unit in 73.04, SIBLING = a unit in "
                + "73.71, FAR = a unit in 64.71; EVAL_7304 = evaluator of kabupaten 73.04; FORGED = admin claims signed "
                + "with an untrusted key\n");
        out.append(String.format("%-58s", "endpoint family [target]"));
        for (Role role : Role.values()) {
            out.append(String.format("%-11s", role));
        }
        out.append('\n');
        matrix.forEach((name, row) -> {
            out.append(String.format("%-58s", name));
            for (Role role : Role.values()) {
                out.append(String.format("%-11s", row.get(role)));
            }
            out.append('\n');
        });
        out.append(
                mismatches.isEmpty()
                        ? "every cell as the rule says\n"
                        : mismatches.size() + " cells break the rule:\n  " + String.join("\n  ", mismatches) + "\n");
        return out.toString();
    }
}
