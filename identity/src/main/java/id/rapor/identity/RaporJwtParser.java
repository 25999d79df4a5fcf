package id.rapor.identity;

import id.rapor.identity.TokenRejected.Reason;
import io.quarkus.logging.Log;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The bearer-token verifier of the gateway and every service: {@link TokenRules#precheck} first (shape, algorithm,
 * issuer, audience, expiry, lifetime; no key lookup for a token that fails them, so junk cannot make the verifier
 * refetch the provider's key set), then smallrye-jwt's signature verification with the configured key or JWKS,
 * then the role and scope claims. Every refusal names its reason ({@link TokenRejected}) and is logged at INFO
 * without the token.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RaporJwtParser implements JWTParser {

    @Inject
    DefaultJWTParser verifier;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    @ConfigProperty(name = "mp.jwt.verify.publickey.algorithm", defaultValue = "RS256")
    String algorithm;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int clockSkewSeconds;

    @ConfigProperty(name = "rapor.identity.max-token-lifetime", defaultValue = "12H")
    Duration maxLifetime;

    @ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "groups")
    String rolesPath;

    private TokenRules rules;

    @PostConstruct
    void init() {
        Set<String> accepted = audiences
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        rules = new TokenRules(new TokenRules.Settings(
                issuer.orElse(null),
                accepted,
                algorithm,
                Duration.ofSeconds(clockSkewSeconds),
                maxLifetime,
                rolesPath));
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        try {
            Map<String, Object> claims = rules.precheck(token, Instant.now());
            JsonWebToken verified = verify(token);
            return new VerifiedToken(verified, rules.scope(claims));
        } catch (TokenRejected rejected) {
            Log.infof("bearer token refused (%s): %s", rejected.reason().type(), rejected.detail());
            throw rejected;
        }
    }

    private JsonWebToken verify(String token) throws TokenRejected {
        try {
            return verifier.parse(token);
        } catch (ParseException e) {
            throw classify(e, kid(token));
        }
    }

    /** Names the cause of a verification failure from smallrye-jwt and jose4j's exceptions. */
    static TokenRejected classify(ParseException failure, String kid) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvableKeyException
                    || t instanceof io.smallrye.jwt.auth.principal.UnmatchedTokenKidException) {
                return new TokenRejected(
                        Reason.UNKNOWN_KEY,
                        "No verification key "
                                + (kid == null ? "(the token names no kid)" : "with kid '" + kid + "'")
                                + " is published by the configured key location, or it cannot be reached",
                        failure);
            }
            if (t instanceof InvalidJwtException invalid) {
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                    return new TokenRejected(
                            Reason.BAD_SIGNATURE,
                            "The bearer token's signature does not verify with the provider's key",
                            failure);
                }
                if (invalid.hasExpired()) {
                    return new TokenRejected(Reason.EXPIRED, "The bearer token has expired", failure);
                }
                if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
                        || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
                    return new TokenRejected(
                            Reason.WRONG_AUDIENCE, "The bearer token is not meant for this API", failure);
                }
                if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID)
                        || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
                    return new TokenRejected(Reason.WRONG_ISSUER, "The bearer token's issuer is not accepted", failure);
                }
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new TokenRejected(
                Reason.INVALID,
                "The bearer token was refused by verification ("
                        + root.getClass().getSimpleName() + ")",
                failure);
    }

    private static String kid(String token) {
        try {
            Map<String, Object> header = org.jose4j.json.JsonUtil.parseJson(new String(
                    java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    java.nio.charset.StandardCharsets.UTF_8));
            return header.get("kid") instanceof String kid ? kid : null;
        } catch (RuntimeException | org.jose4j.lang.JoseException e) {
            return null;
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, java.security.PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
