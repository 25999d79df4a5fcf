package id.rapor.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The gateway verifies bearer tokens with the identity module's rules (RS256, issuer, audience, expiry, lifetime,
 * role and scope claims), names each cause in the 401, and passes anonymous requests to the services.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class TokenVerificationTest {

    private static final String DEV_PRIVATE_KEY = "rapor/dev-jwt-private.pem";

    @Test
    void shouldPassValidTokensOfEveryRole() {
        for (String token : new String[] {
            DevTokens.admin(), DevTokens.viewer(), DevTokens.evaluator("73"), DevTokens.operator(UUID.randomUUID())
        }) {
            given().auth().oauth2(token).get("/api/v1/units").then().statusCode(200);
        }
    }

    @Test
    void shouldPassAnonymousRequestsForTheServiceToDecide() {
        Response response = given().get("/api/v1/survey/campaigns");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("headers.authorization")).isNull();
    }

    @Test
    void shouldRejectTamperedToken() {
        String[] parts = DevTokens.evaluator("73").split("\\.");
        // Claim province 64 instead of 73 while keeping the signature made for 73.
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"73\"", "\"64\"");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertUnauthorized(
                given().auth().oauth2(forged).header("X-Request-Id", "forged-1").get("/api/v1/units"),
                "forged-1",
                "signature does not verify");
    }

    @Test
    void shouldRejectExpiredToken() {
        long now = Instant.now().getEpochSecond();
        String expired = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("viewer")
                .groups(Set.of("viewer"))
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        assertUnauthorized(
                given().auth()
                        .oauth2(expired)
                        .header("X-Request-Id", "expired-1")
                        .get("/api/v1/units"),
                "expired-1",
                "expired");
    }

    @Test
    void shouldRejectTokenOfAnotherIssuer() {
        String foreign = Jwt.issuer("https://elsewhere.example")
                .audience(DevTokens.AUDIENCE)
                .subject("admin")
                .groups(Set.of("admin"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        assertUnauthorized(
                given().auth()
                        .oauth2(foreign)
                        .header("X-Request-Id", "issuer-1")
                        .get("/api/v1/units"),
                "issuer-1",
                "issued by 'https://elsewhere.example', not by the configured issuer");
    }

    @Test
    void shouldRejectTokenOfAnotherClient() {
        String otherClient = Jwt.issuer(DevTokens.ISSUER)
                .audience("account")
                .subject("admin")
                .groups(Set.of("admin"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);
        String noAudience = Jwt.issuer(DevTokens.ISSUER)
                .subject("admin")
                .groups(Set.of("admin"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        assertUnauthorized(
                given().auth()
                        .oauth2(otherClient)
                        .header("X-Request-Id", "aud-1")
                        .get("/api/v1/units"),
                "aud-1",
                "meant for 'account', not for this API");
        assertUnauthorized(
                given().auth()
                        .oauth2(noAudience)
                        .header("X-Request-Id", "aud-2")
                        .get("/api/v1/units"),
                "aud-2",
                "meant for nothing");
    }

    @Test
    void shouldRejectTokenSignedWithAnotherKey() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("admin")
                .groups(Set.of("admin"))
                .jws()
                .keyId("rotated-1")
                .algorithm(SignatureAlgorithm.RS256)
                .sign(generator.generateKeyPair().getPrivate());

        assertUnauthorized(
                given().auth().oauth2(token).header("X-Request-Id", "key-1").get("/api/v1/units"),
                "key-1",
                "signature does not verify");
    }

    @Test
    void shouldRejectTenYearTokensAndTokensFromTheFuture() {
        long now = Instant.now().getEpochSecond();
        String tenYears = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("admin")
                .groups(Set.of("admin"))
                .issuedAt(now)
                .expiresAt(now + 10L * 365 * 24 * 3600)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);
        String future = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("admin")
                .groups(Set.of("admin"))
                .issuedAt(now + 3600)
                .expiresAt(now + 7200)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        assertUnauthorized(
                given().auth().oauth2(tenYears).header("X-Request-Id", "life-1").get("/api/v1/units"),
                "life-1",
                "at most PT12H");
        assertUnauthorized(
                given().auth().oauth2(future).header("X-Request-Id", "life-2").get("/api/v1/units"),
                "life-2",
                "issued in the future");
    }

    @Test
    void shouldRejectRolesGivenAsOneString() {
        String token = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("viewer")
                .claim("groups", "viewer admin")
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        assertUnauthorized(
                given().auth().oauth2(token).header("X-Request-Id", "groups-1").post("/api/v1/units"),
                "groups-1",
                "must be a JSON array of role names");
    }

    @Test
    void shouldAcceptOneElementRegionArrayAndRefuseSeveralWith403() {
        String one = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("evaluator")
                .groups(Set.of("evaluator"))
                .claim("region", java.util.List.of("73"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);
        String two = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("evaluator")
                .groups(Set.of("evaluator"))
                .claim("region", java.util.List.of("73", "64"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(DEV_PRIVATE_KEY);

        given().auth().oauth2(one).get("/api/v1/units").then().statusCode(200);
        Response refused =
                given().auth().oauth2(two).header("X-Request-Id", "region-1").get("/api/v1/units");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("region claim has 2 values");
        assertThat(refused.jsonPath().getString("instance")).isEqualTo("region-1");
    }

    @Test
    void shouldRejectMalformedTokenWithItsOwnDetail() {
        assertUnauthorized(
                given().auth()
                        .oauth2("not.a.token")
                        .header("X-Request-Id", "malformed-1")
                        .get("/api/v1/units"),
                "malformed-1",
                "not base64url JSON");
        assertUnauthorized(
                given().auth()
                        .oauth2("junk")
                        .header("X-Request-Id", "malformed-2")
                        .get("/api/v1/units"),
                "malformed-2",
                "not a signed JWT");
    }

    @Test
    void shouldRejectNonBearerAuthorization() {
        assertUnauthorized(
                given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                        .header("X-Request-Id", "basic-1")
                        .get("/api/v1/units"),
                "basic-1",
                "bearer");
    }

    @Test
    void shouldNotForwardRejectedRequestBody() {
        Response response = given().header("Authorization", "Bearer not.a.token")
                .contentType("application/json")
                .body("{\"name\":\"x\"}")
                .post("/api/v1/survey/campaigns");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("service")).isNull();
    }

    private static void assertUnauthorized(Response response, String requestId, String detailWord) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.jsonPath().getString("type")).isEqualTo("https://rapor.id/problems/unauthorized");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Authentication required");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(response.jsonPath().getString("detail")).contains(detailWord);
        assertThat(response.jsonPath().getString("instance")).isEqualTo(requestId);
        assertThat(response.jsonPath().getString("service")).isNull();
    }
}
