package id.rapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.rapor.local.Stack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity with a real OIDC provider: Keycloak (the Maven distribution, started once for the class) with the realm
 * of {@code deploy/keycloak/} imported, users and a Biro server created through its admin API, and a whole stack
 * whose gateway and services verify against its JWKS URL, issuer and audience, with roles read from Keycloak's own
 * {@code realm_access.roles}. Tokens of each role meet the region matrix; a staged key rotation is picked up
 * without restarting anything while junk tokens with random key ids hammer the gateway; tokens of another client,
 * ID tokens and tokens of another realm are refused with their own detail.
 */
class KeycloakIdentityTest {

    private static final String PASSWORD = "Rapor-test-" + UUID.randomUUID();
    /** JWKS refetched every minute here (production default: 5), so the rotation test waits about a minute. */
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private static long classStart;
    private static KeycloakServer keycloak;
    private static Stack stack;
    private static Duration stackStart;
    private static String unit7315;
    private static String unit7371;

    @BeforeAll
    static void start() {
        classStart = System.nanoTime();
        Stack.Options options = Stack.Options.isolated(Stack.findRoot());
        keycloak = KeycloakServer.launch(options.root()).awaitReady(Duration.ofMinutes(6));
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
        identity.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
        identity.put("MP_JWT_VERIFY_AUDIENCES", "rapor-api");
        identity.put("SMALLRYE_JWT_PATH_GROUPS", "realm_access/roles");
        identity.put("SMALLRYE_JWT_JWKS_REFRESH_INTERVAL", String.valueOf(REFRESH.toMinutes()));
        identity.put("SMALLRYE_JWT_JWKS_FORCED_REFRESH_INTERVAL", "1");
        long stackStarted = System.nanoTime();
        // One after the other: the gateway reports ready only once Keycloak's JWKS answers.
        stack = Stack.start(options, identity);
        stackStart = Duration.ofNanos(System.nanoTime() - stackStarted);

        // The shipped frontend client does not allow the password grant; the test turns it on for itself.
        Map<String, Object> frontend = client("rapor-frontend");
        frontend.put("directAccessGrantsEnabled", true);
        keycloak.admin("PUT", "/clients/" + frontend.get("id"), frontend).then().statusCode(204);

        user("kc-admin", "admin", Map.of());
        user("kc-viewer", "viewer", Map.of());
        user("kc-eval-73", "evaluator", Map.of("region", List.of("73")));
        user("kc-eval-7315", "evaluator", Map.of("region", List.of("73.15")));
        unit7315 = createUnit(token("kc-admin"), "73.15")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        unit7371 = createUnit(token("kc-admin"), "73.71")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        user("kc-operator", "operator", Map.of("unit", List.of(unit7315)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (keycloak != null) {
            System.out.printf(
                    "Keycloak identity test: Keycloak start %.1f s, stack start %.1f s, whole class %.1f s%n",
                    keycloak.startTime() == null ? -1 : keycloak.startTime().toMillis() / 1000.0,
                    stackStart == null ? -1 : stackStart.toMillis() / 1000.0,
                    (System.nanoTime() - classStart) / 1e9);
            keycloak.close();
        }
    }

    @Test
    void frontendClientIsPublicAndRequiresPkce() {
        Map<String, Object> frontend = client("rapor-frontend");
        assertThat(frontend.get("publicClient")).isEqualTo(true);
        assertThat(frontend.get("standardFlowEnabled")).isEqualTo(true);
        assertThat(frontend.get("implicitFlowEnabled")).isEqualTo(false);
        assertThat(((Map<?, ?>) frontend.get("attributes")).get("pkce.code.challenge.method"))
                .isEqualTo("S256");

        // The authorization endpoint itself: without a code challenge the request is refused, with S256 the login
        // page is served. The query is already encoded: encoding it twice would make the redirect URI unknown.
        String auth = keycloak.issuer() + "/protocol/openid-connect/auth?client_id=rapor-frontend&response_type=code"
                + "&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2Fcallback&state=s1";
        Response withoutPkce = RestAssured.given()
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(auth);
        // Keycloak sends the refusal back to the (registered) redirect URI as an OAuth error, never the login form.
        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.header("Location"))
                .startsWith("http://localhost:5173/callback")
                .contains("error=invalid_request")
                .contains("code_challenge");
        assertThat(withoutPkce.body().asString()).doesNotContain("kc-form-login");
        Response withPkce = RestAssured.given()
                .urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .get(auth + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        assertThat(withPkce.statusCode()).isEqualTo(200);
        assertThat(withPkce.body().asString()).contains("kc-form-login");
    }

    @Test
    void tokensOfEachRoleMeetTheRegionMatrix() {
        String admin = token("kc-admin");
        String viewer = token("kc-viewer");
        String eval73 = token("kc-eval-73");
        String eval7315 = token("kc-eval-7315");
        String operator = token("kc-operator");

        assertThat(claims(eval7315).getString("region")).isEqualTo("73.15");
        assertThat(claims(eval7315).getList("realm_access.roles")).contains("evaluator");
        assertThat(claims(eval7315).getString("aud")).contains("rapor-api");

        createUnit(admin, "64.71").then().statusCode(201);
        createUnit(eval73, "73.71").then().statusCode(201);
        createUnit(eval7315, "73.15").then().statusCode(201);
        forbidden(createUnit(eval7315, "73.71"), "outside your scope");
        forbidden(createUnit(eval73, "64.71"), "outside your scope");
        forbidden(createUnit(viewer, "73.15"), "role does not allow");
        forbidden(createUnit(operator, "73.15"), "role does not allow");

        gateway(viewer).get("/api/v1/units").then().statusCode(200);
        gateway(eval7315).get("/api/v1/units/" + unit7315).then().statusCode(200);
        gateway(eval7315).get("/api/v1/units/" + unit7371).then().statusCode(403);
        gateway(eval73).get("/api/v1/units/" + unit7371).then().statusCode(200);
        gateway(operator).get("/api/v1/units/" + unit7315).then().statusCode(200);
        gateway(operator).get("/api/v1/units/" + unit7371).then().statusCode(403);
        List<String> listed = gateway(eval7315)
                .get("/api/v1/units?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.regionCode", String.class);
        assertThat(listed).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("73.15"));
    }

    @Test
    void biroServerWorksWithClientCredentials() {
        Map<String, Object> biro = client("rapor-biro");
        String clientId = (String) biro.get("id");
        assertThat(biro.get("publicClient")).isEqualTo(false);
        assertThat(biro.get("serviceAccountsEnabled")).isEqualTo(true);
        String secret = keycloak.admin("POST", "/clients/" + clientId + "/client-secret", null)
                .then()
                .statusCode(200)
                .extract()
                .path("value");
        Map<String, Object> account = keycloak.admin("GET", "/clients/" + clientId + "/service-account-user", null)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        grant((String) account.get("id"), "evaluator");
        account.put("attributes", Map.of("region", List.of("73.15")));
        keycloak.admin("PUT", "/users/" + account.get("id"), account).then().statusCode(204);

        String token = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "rapor-biro")
                .formParam("client_secret", secret)
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");

        createUnit(token, "73.15").then().statusCode(201);
        forbidden(createUnit(token, "73.71"), "outside your scope");
        RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "rapor-biro")
                .formParam("client_secret", "wrong")
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(401);
    }

    @Test
    void tokensOfAnotherClientAnotherRealmAndIdTokensAreRefused() {
        // A client of the same realm without Rapor's scope: a valid Keycloak token, but not for this API.
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("clientId", "other-app-" + UUID.randomUUID());
        other.put("publicClient", true);
        other.put("directAccessGrantsEnabled", true);
        other.put("defaultClientScopes", List.of());
        keycloak.admin("POST", "/clients", other).then().statusCode(201);
        String otherToken = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", other.get("clientId"))
                .formParam("username", "kc-admin")
                .formParam("password", PASSWORD)
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        unauthorized(gateway(otherToken).get("/api/v1/units"), "not for this API (audience rapor-api)");

        // The frontend's ID token is for the frontend, not for the API.
        String idToken = RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "rapor-frontend")
                .formParam("scope", "openid")
                .formParam("username", "kc-admin")
                .formParam("password", PASSWORD)
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("id_token");
        unauthorized(gateway(idToken).get("/api/v1/units"), "'rapor-frontend', not for this API");

        // Another realm of the same Keycloak (the master realm's administrator).
        unauthorized(gateway(keycloak.adminToken()).get("/api/v1/units"), "/realms/master', not by the configured");
        // Straight to a service: the same rules, the same detail.
        unauthorized(
                RestAssured.given()
                        .auth()
                        .oauth2(keycloak.adminToken())
                        .get(stack.service("assessment").url() + "/api/v1/units"),
                "/realms/master', not by the configured");
    }

    @Test
    void refusedWritesAreInTheAccessLogsWithTheirRequestId() throws Exception {
        String id = "kc-refused-" + UUID.randomUUID();
        String junk = junk(UUID.randomUUID().toString());
        Response atService = RestAssured.given()
                .auth()
                .oauth2(junk)
                .header("X-Request-Id", id)
                .contentType(ContentType.JSON)
                .body("{}")
                .post(stack.service("assessment").url() + "/api/v1/units");
        unauthorized(atService, "No verification key with kid");
        assertThat(atService.jsonPath().getString("instance")).isEqualTo(id);
        assertThat(atService.header("X-Request-Id")).isEqualTo(id);
        Response atGateway = gateway(junk)
                .header("X-Request-Id", id + "-gw")
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/units/" + unit7315);
        unauthorized(atGateway, "No verification key with kid");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Files.readString(stack.service("assessment").log()))
                    .containsPattern("\"POST /api/v1/units HTTP/1.1\" 401 .*req=" + id);
            assertThat(Files.readString(stack.service("gateway").log()))
                    .containsPattern("\\[req=" + id + "-gw\\].*PUT /api/v1/units/" + unit7315 + " -> 401");
        });
        // The root cause is logged at INFO, never the token.
        assertThat(Files.readString(stack.service("gateway").log()))
                .contains("bearer token refused (token-unknown-key)")
                .doesNotContain(junk.substring(junk.lastIndexOf('.') + 1));
        JsonPath ready = RestAssured.get(stack.gatewayUrl() + "/q/health/ready").jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'token-keys' }.status"))
                .isEqualTo("UP");
    }

    @Test
    void stagedKeyRotationIsPickedUpWithoutRestartsWhileJunkTokensHammer() {
        String realmId =
                keycloak.admin("GET", "", null).then().statusCode(200).extract().path("id");
        String oldKid = header(token("kc-admin")).getString("kid");
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("name", "rsa-rotated-" + UUID.randomUUID().toString().substring(0, 8));
        provider.put("providerId", "rsa-generated");
        provider.put("providerType", "org.keycloak.keys.KeyProvider");
        provider.put("parentId", realmId);
        provider.put(
                "config",
                Map.of(
                        "priority",
                        List.of("200"),
                        "enabled",
                        List.of("true"),
                        "active",
                        List.of("false"),
                        "keySize",
                        List.of("2048"),
                        "algorithm",
                        List.of("RS256")));
        // Stage 1: the new key is published (passive), tokens are still signed with the old one.
        String location = keycloak.admin("POST", "/components", provider)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String componentId = location.substring(location.lastIndexOf('/') + 1);
        long published = System.nanoTime();
        String newKid = keycloak.admin("GET", "/keys", null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("keys.find { it.providerId == '" + componentId + "' }.kid");
        assertThat(newKid).isNotBlank().isNotEqualTo(oldKid);
        assertThat(RestAssured.get(keycloak.jwksUrl()).jsonPath().getList("keys.kid"))
                .contains(newKid);

        // Past the refresh interval: meanwhile junk tokens with random kids try to spend the forced refreshes, and
        // the old key keeps working.
        int[] junkSent = {0};
        await().atMost(REFRESH.multipliedBy(3))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> {
                    unauthorized(
                            gateway(junk(UUID.randomUUID().toString())).get("/api/v1/units"), "No verification key");
                    junkSent[0]++;
                    gateway(token("kc-viewer")).get("/api/v1/units").then().statusCode(200);
                    return System.nanoTime() - published
                            > REFRESH.plusSeconds(5).toNanos();
                });
        for (int i = 0; i < 20; i++) {
            unauthorized(gateway(junk(UUID.randomUUID().toString())).get("/api/v1/units"), "No verification key");
        }

        // Stage 2: the new key signs. Its first tokens are accepted at once, by the gateway and by the services.
        Map<String, Object> component = keycloak.admin("GET", "/components/" + componentId, null)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) component.get("config");
        config.put("active", List.of("true"));
        keycloak.admin("PUT", "/components/" + componentId, component).then().statusCode(204);
        String admin = token("kc-admin");
        assertThat(header(admin).getString("kid")).isEqualTo(newKid);

        gateway(admin).get("/api/v1/units").then().statusCode(200);
        createUnit(admin, "73.15").then().statusCode(201);
        gateway(token("kc-eval-7315")).get("/api/v1/units/" + unit7315).then().statusCode(200);
        System.out.printf(
                "Key rotation: new key accepted %.1f s after it was published; %d junk tokens sent%n",
                (System.nanoTime() - published) / 1e9, junkSent[0] + 20);
    }

    // --- helpers ---

    private static RequestSpecification gateway(String token) {
        return RestAssured.given().baseUri(stack.gatewayUrl()).auth().oauth2(token);
    }

    private static Response createUnit(String token, String region) {
        return gateway(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Puskesmas KC " + UUID.randomUUID().toString().substring(0, 6),
                        "type",
                        "PUSKESMAS",
                        "regionCode",
                        region,
                        "parentOrganisation",
                        "Pemerintah Daerah"))
                .post("/api/v1/units");
    }

    private static void forbidden(Response response, String detail) {
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(403);
        assertThat(response.jsonPath().getString("detail")).contains(detail);
    }

    private static void unauthorized(Response response, String detail) {
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains(detail);
    }

    /** A password-grant access token of the frontend client (enabled for the test only). */
    private static String token(String username) {
        return RestAssured.given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "rapor-frontend")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Right issuer, audience and claims, a random kid, signed with a key nobody published. */
    private static String junk(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            return Jwt.issuer(keycloak.issuer())
                    .audience("rapor-api")
                    .subject("intruder")
                    .claim("realm_access", Map.of("roles", List.of("admin")))
                    .expiresIn(Duration.ofMinutes(5))
                    .jws()
                    .keyId(kid)
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath claims(String token) {
        return part(token, 1);
    }

    private static JsonPath header(String token) {
        return part(token, 0);
    }

    private static JsonPath part(String token, int index) {
        return new JsonPath(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client(String clientId) {
        List<Map<String, Object>> clients = keycloak.admin("GET", "/clients?clientId=" + clientId, null)
                .then()
                .statusCode(200)
                .extract()
                .as(List.class);
        assertThat(clients).as(clientId).hasSize(1);
        return new LinkedHashMap<>(clients.get(0));
    }

    private static void user(String username, String role, Map<String, List<String>> attributes) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@rapor.example");
        user.put("emailVerified", true);
        user.put("firstName", "Uji");
        user.put("lastName", username);
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        String location = keycloak.admin("POST", "/users", user)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        grant(location.substring(location.lastIndexOf('/') + 1), role);
    }

    private static void grant(String userId, String role) {
        Map<?, ?> representation = keycloak.admin("GET", "/roles/" + role, null)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        keycloak.admin("POST", "/users/" + userId + "/role-mappings/realm", List.of(representation))
                .then()
                .statusCode(204);
    }
}
