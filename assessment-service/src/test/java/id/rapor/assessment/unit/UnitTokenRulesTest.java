package id.rapor.assessment.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.testsupport.DevTokens;
import id.rapor.testsupport.RaporQuarkusTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The service applies the same token rules as the gateway (one implementation, module identity), so a caller that
 * reaches the service's port directly gets no more: each refusal names its cause, a refused write carries its
 * request id, a one-element region array works and an ambiguous one is refused.
 */
@QuarkusTest
@RaporQuarkusTest
class UnitTokenRulesTest {

    private static final String KEY = "rapor/dev-jwt-private.pem";

    @Test
    void shouldNameTheCauseOfEachRefusedToken() {
        long now = Instant.now().getEpochSecond();
        refused(
                Jwt.issuer(DevTokens.ISSUER)
                        .audience("account")
                        .subject("a")
                        .groups(Set.of("admin"))
                        .jws()
                        .algorithm(SignatureAlgorithm.RS256)
                        .sign(KEY),
                401,
                "not for this API");
        refused(
                Jwt.issuer("https://sso.example/realms/other")
                        .audience(DevTokens.AUDIENCE)
                        .subject("a")
                        .groups(Set.of("admin"))
                        .jws()
                        .algorithm(SignatureAlgorithm.RS256)
                        .sign(KEY),
                401,
                "issued by");
        refused(
                Jwt.issuer(DevTokens.ISSUER)
                        .audience(DevTokens.AUDIENCE)
                        .subject("a")
                        .groups(Set.of("admin"))
                        .issuedAt(now - 7200)
                        .expiresAt(now - 3600)
                        .jws()
                        .algorithm(SignatureAlgorithm.RS256)
                        .sign(KEY),
                401,
                "expired");
        refused(
                Jwt.issuer(DevTokens.ISSUER)
                        .audience(DevTokens.AUDIENCE)
                        .subject("a")
                        .groups(Set.of("admin"))
                        .issuedAt(now)
                        .expiresAt(now + 10L * 365 * 86400)
                        .jws()
                        .algorithm(SignatureAlgorithm.RS256)
                        .sign(KEY),
                401,
                "at most PT12H");
        refused(
                Jwt.issuer(DevTokens.ISSUER)
                        .audience(DevTokens.AUDIENCE)
                        .subject("a")
                        .claim("groups", "viewer admin")
                        .jws()
                        .algorithm(SignatureAlgorithm.RS256)
                        .sign(KEY),
                401,
                "JSON array");
        refused("junk.junk.junk", 401, "not base64url JSON");
    }

    @Test
    void shouldReadRegionFromAOneElementArrayAndRefuseSeveral() {
        String one = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("e")
                .groups(Set.of("evaluator"))
                .claim("region", List.of("73"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(KEY);
        String two = Jwt.issuer(DevTokens.ISSUER)
                .audience(DevTokens.AUDIENCE)
                .subject("e")
                .groups(Set.of("evaluator"))
                .claim("region", List.of("73", "64"))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(KEY);
        String wildcard = DevTokens.evaluator("7_");

        given().auth()
                .oauth2(one)
                .contentType(ContentType.JSON)
                .body(unit("73.04"))
                .post("/api/v1/units")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(one)
                .contentType(ContentType.JSON)
                .body(unit("64.71"))
                .post("/api/v1/units")
                .then()
                .statusCode(403);
        refused(two, 403, "region claim has 2 values");
        refused(wildcard, 403, "province or kabupaten/kota code");
    }

    private static void refused(String token, int status, String detail) {
        Response response = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "svc-" + status + "-" + detail.length())
                .contentType(ContentType.JSON)
                .body(unit("73.04"))
                .post("/api/v1/units");
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains(detail);
        assertThat(response.header("X-Request-Id")).isEqualTo("svc-" + status + "-" + detail.length());
    }

    private static Map<String, Object> unit(String region) {
        return Map.of(
                "name",
                "Puskesmas Uji Token",
                "type",
                "PUSKESMAS",
                "regionCode",
                region,
                "parentOrganisation",
                "Dinas Kesehatan");
    }
}
