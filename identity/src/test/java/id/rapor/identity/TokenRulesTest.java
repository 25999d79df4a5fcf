package id.rapor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.identity.TokenRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

/** The claim rules every token meets at the gateway and in the services, before and after its signature. */
class TokenRulesTest {

    private static final String ISSUER = "https://sso.example.go.id/realms/rapor";
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private final TokenRules rules = rules("groups");

    @Test
    void shouldAcceptWellFormedClaims() throws Exception {
        Map<String, Object> claims = rules.precheck(token(claims()), NOW);

        assertThat(rules.scope(claims)).isEqualTo(new TokenRules.Scope(Set.of("evaluator"), "73.15", null));
    }

    @Test
    void shouldNameEachReason() {
        assertReason(token(claims("iss", "https://other.example/realms/rapor")), Reason.WRONG_ISSUER, "other.example");
        assertReason(token(claims("aud", "account")), Reason.WRONG_AUDIENCE, "'account'");
        assertReason(token(claims("aud", List.of("account", "broker"))), Reason.WRONG_AUDIENCE, "rapor-api");
        assertReason(token(claims("exp", NOW.getEpochSecond() - 61)), Reason.EXPIRED, "expired");
        assertReason("abc.def", Reason.MALFORMED, "three");
        assertReason("a.b.c", Reason.MALFORMED, "base64url JSON");
        assertReason(token(Map.of("alg", "none"), claims()), Reason.MALFORMED, "only RS256");
        assertReason(token(Map.of("alg", "HS256"), claims()), Reason.MALFORMED, "only RS256");
        assertReason(token(Map.of("alg", "RS256", "kid", Map.of("x", 1)), claims()), Reason.MALFORMED, "kid");
    }

    @Test
    void shouldAcceptAudienceInAList() throws Exception {
        rules.precheck(token(claims("aud", List.of("account", "rapor-api"))), NOW);
    }

    @Test
    void shouldToleratePastExpiryWithinTheSkew() throws Exception {
        rules.precheck(token(claims("exp", NOW.getEpochSecond() - 30)), NOW);
    }

    @Test
    void shouldBoundTheLifetimeAndRefuseTokensFromTheFuture() throws Exception {
        long now = NOW.getEpochSecond();
        assertReason(
                token(claims("iat", now - 60, "exp", now + Duration.ofDays(3650).toSeconds())),
                Reason.LIFETIME,
                "at most PT12H");
        assertReason(token(claims("iat", now + 3600, "exp", now + 7200)), Reason.LIFETIME, "future");
        assertReason(token(claims("iat", null)), Reason.MALFORMED, "iat");
        assertReason(token(claims("exp", "tomorrow")), Reason.MALFORMED, "exp");
        // Exactly the maximum, and a small clock difference, pass.
        rules.precheck(token(claims("iat", now + 30, "exp", now + 30 + 12 * 3600)), NOW);
    }

    @Test
    void shouldRefuseRolesInOneString() {
        // "viewer admin" as one string must not be split into two roles.
        assertReason(token(claims("groups", "viewer admin")), Reason.ROLE_CLAIM, "JSON array");
    }

    @Test
    void shouldGrantOnlyRaporRoles() throws Exception {
        Map<String, Object> claims = claims("groups", List.of("viewer", "Admin", "superuser", "offline_access"));

        assertThat(rules.scope(claims).roles()).containsExactly("viewer");
        assertThat(rules.scope(claims("groups", null)).roles()).isEmpty();
    }

    @Test
    void shouldReadKeycloakRealmRolesWhenConfigured() throws Exception {
        TokenRules keycloak = rules("realm_access/roles");
        Map<String, Object> claims = claims(
                "groups",
                null,
                "realm_access",
                Map.of("roles", List.of("default-roles-rapor", "operator", "uma_authorization")));

        assertThat(keycloak.scope(claims).roles()).containsExactly("operator");
        assertThatThrownBy(() -> keycloak.scope(claims("realm_access", Map.of("roles", "admin"))))
                .isInstanceOfSatisfying(
                        TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_CLAIM));
        assertThat(keycloak.scope(claims("realm_access", "admin")).roles()).isEmpty();
    }

    @Test
    void shouldAcceptScopeAsStringOrOneElementArray() throws Exception {
        String unit = "0b9c2a36-3c8e-4f0c-9d55-3f1d0f4b1a2e";

        assertThat(rules.scope(claims("region", List.of("73"))).region()).isEqualTo("73");
        assertThat(rules.scope(claims("region", null, "unit", List.of(unit))).unit())
                .isEqualTo(unit);
        assertThat(rules.scope(claims("region", null, "unit", unit)).unit()).isEqualTo(unit);
    }

    @Test
    void shouldRefuseScopeRapporCannotUseWith403() {
        assertScope(claims("region", List.of("73", "64")), "2 values");
        assertScope(claims("region", List.of()), "0 values");
        assertScope(claims("region", "%"), "province or kabupaten/kota");
        assertScope(claims("region", "7_"), "province or kabupaten/kota");
        assertScope(claims("region", "73.15.01"), "province or kabupaten/kota");
        assertScope(claims("region", 73), "must be a string");
        assertScope(claims("region", null, "unit", "unit-7"), "UUID");
    }

    private void assertScope(Map<String, Object> claims, String detail) {
        assertThatThrownBy(() -> rules.scope(claims)).isInstanceOfSatisfying(TokenRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.SCOPE_CLAIM);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.detail()).contains(detail);
        });
    }

    private void assertReason(String token, Reason reason, String detail) {
        assertThatThrownBy(() -> rules.precheck(token, NOW)).isInstanceOfSatisfying(TokenRejected.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).contains(detail).doesNotContain(token);
        });
    }

    private static TokenRules rules(String rolesPath) {
        return new TokenRules(new TokenRules.Settings(
                ISSUER, Set.of("rapor-api"), "RS256", Duration.ofSeconds(60), Duration.ofHours(12), rolesPath));
    }

    /** Evaluator 73.15 claims valid at {@link #NOW}, with some replaced (null removes a claim). */
    private static Map<String, Object> claims(Object... replacements) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", "rapor-api");
        claims.put("sub", "evaluator-73.15");
        claims.put("iat", NOW.getEpochSecond() - 60);
        claims.put("exp", NOW.getEpochSecond() + 240);
        claims.put("groups", List.of("evaluator"));
        claims.put("region", "73.15");
        for (int i = 0; i < replacements.length; i += 2) {
            if (replacements[i + 1] == null) {
                claims.remove((String) replacements[i]);
            } else {
                claims.put((String) replacements[i], replacements[i + 1]);
            }
        }
        return claims;
    }

    private static String token(Map<String, Object> claims) {
        return token(Map.of("alg", "RS256", "kid", "k1"), claims);
    }

    private static String token(Map<String, Object> header, Map<String, Object> claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(JsonUtil.toJson(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(JsonUtil.toJson(claims).getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
