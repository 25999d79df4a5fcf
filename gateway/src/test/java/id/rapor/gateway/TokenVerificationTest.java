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

/** The gateway verifies bearer tokens (RS256, issuer, expiry) and passes anonymous requests to the services. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class TokenVerificationTest {

    private static final String DEV_PRIVATE_KEY = "rapor/dev-jwt-private.pem";

    @Test
    void shouldPassValidTokensOfEveryRole() {
        for (String token : new String[] {DevTokens.admin(), DevTokens.viewer(), DevTokens.evaluator("73"),
                DevTokens.operator(UUID.randomUUID())}) {
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
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"73\"", "\"64\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];

        assertUnauthorized(given().auth().oauth2(forged).header("X-Request-Id", "forged-1").get("/api/v1/units"),
                "forged-1", "invalid");
    }

    @Test
    void shouldRejectExpiredToken() {
        long now = Instant.now().getEpochSecond();
        String expired = Jwt.issuer(DevTokens.ISSUER).subject("viewer").groups(Set.of("viewer"))
                .issuedAt(now - 7200).expiresAt(now - 3600)
                .jws().algorithm(SignatureAlgorithm.RS256).sign(DEV_PRIVATE_KEY);

        assertUnauthorized(given().auth().oauth2(expired).header("X-Request-Id", "expired-1").get("/api/v1/units"),
                "expired-1", "expired");
    }

    @Test
    void shouldRejectTokenOfAnotherIssuer() {
        String foreign = Jwt.issuer("https://elsewhere.example").subject("admin").groups(Set.of("admin"))
                .jws().algorithm(SignatureAlgorithm.RS256).sign(DEV_PRIVATE_KEY);

        assertUnauthorized(given().auth().oauth2(foreign).header("X-Request-Id", "issuer-1").get("/api/v1/units"),
                "issuer-1", "invalid");
    }

    @Test
    void shouldRejectNonBearerAuthorization() {
        assertUnauthorized(given().header("Authorization", "Basic YWRtaW46YWRtaW4=").header("X-Request-Id", "basic-1")
                .get("/api/v1/units"), "basic-1", "bearer");
    }

    @Test
    void shouldNotForwardRejectedRequestBody() {
        Response response = given().header("Authorization", "Bearer not.a.token").contentType("application/json")
                .body("{\"name\":\"x\"}").post("/api/v1/survey/campaigns");

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
