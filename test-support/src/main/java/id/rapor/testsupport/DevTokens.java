package id.rapor.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the dev key pair (accepted by the local run and tests only): one per role,
 * with the region or unit claim that scopes it.
 */
public final class DevTokens {

    /** The issuer the services accept by default. */
    public static final String ISSUER = "https://rapor.id/dev";
    /** The audience the services require in the dev and test profiles and the local run. */
    public static final String AUDIENCE = "rapor-api";

    private static PrivateKey key;

    private DevTokens() {}

    public static String admin() {
        return mint("admin@kemenpanrb", Set.of("admin"), null, null);
    }

    public static String viewer() {
        return mint("viewer", Set.of("viewer"), null, null);
    }

    /** An evaluator of a province ({@code 73}) or kabupaten/kota ({@code 73.15}). */
    public static String evaluator(String region) {
        return mint("evaluator-" + region, Set.of("evaluator"), region, null);
    }

    /** An evaluator of a region whose token carries a full name ({@code name}) and NIP ({@code nip}), as Keycloak's would. */
    public static String evaluator(String region, String name, String nip) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("evaluator-" + region)
                .upn("evaluator-" + region)
                .groups(Set.of("evaluator"))
                .claim("region", region)
                .claim("name", name)
                .claim("nip", nip)
                .expiresIn(Duration.ofHours(12))
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(privateKey());
    }

    /** The operator of one service unit. */
    public static String operator(UUID unitId) {
        return mint("operator-" + unitId, Set.of("operator"), null, unitId.toString());
    }

    /** A token with any roles and claims, valid for 12 hours. */
    public static String mint(String subject, Set<String> roles, String region, String unit) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(Duration.ofHours(12));
        if (region != null) {
            claims.claim("region", region);
        }
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = DevTokens.class.getResourceAsStream("/rapor/dev-jwt-private.pem")) {
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA")
                        .generatePrivate(
                                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("cannot load the dev signing key", e);
            }
        }
        return key;
    }
}
