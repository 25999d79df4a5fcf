package id.rapor.identity;

import id.rapor.identity.TokenRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The rules every bearer token must meet in Rapor, beyond its signature: one implementation for the gateway and
 * the services. {@link #precheck} runs on the unverified claims before any key is looked up, so a token for another
 * issuer or audience, an expired or malformed one never makes the verifier fetch the key set; {@link #scope} reads
 * the roles and the region or unit a verified token grants.
 */
public final class TokenRules {

    /** An evaluator's scope: a province ({@code 73}) or a kabupaten/kota ({@code 73.15}). */
    private static final Pattern REGION_SCOPE = Pattern.compile("\\d{2}(\\.\\d{2})?");

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._~+/=-]{1,200}");

    /**
     * What the rules are configured with.
     *
     * @param issuer the only accepted {@code iss}, or null to leave the issuer to the verifier
     * @param audiences accepted {@code aud} values (one must match); empty checks none
     * @param algorithm the only accepted signature algorithm ({@code RS256})
     * @param clockSkew tolerance for {@code exp} and {@code iat}
     * @param maxLifetime the longest {@code exp - iat} accepted
     * @param rolesPath the claim path holding the roles ({@code groups}, or {@code realm_access/roles})
     */
    public record Settings(
            String issuer,
            Set<String> audiences,
            String algorithm,
            Duration clockSkew,
            Duration maxLifetime,
            String rolesPath) {}

    /** What a verified token grants: its Rapor roles and its single region or unit, if any. */
    public record Scope(Set<String> roles, String region, String unit) {}

    private final Settings settings;
    private final List<String> rolesPath;

    public TokenRules(Settings settings) {
        this.settings = settings;
        this.rolesPath = List.of(settings.rolesPath().split("/"));
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Checks the token's shape and claims without verifying its signature and returns its claims. Every check here
     * only refuses, so running it on unverified content grants nothing.
     */
    public Map<String, Object> precheck(String token, Instant now) throws TokenRejected {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            throw new TokenRejected(
                    Reason.MALFORMED, "The bearer token is not a signed JWT (three base64url parts separated by dots)");
        }
        Map<String, Object> header = json(parts[0], "header");
        Map<String, Object> claims = json(parts[1], "payload");
        Object alg = header.get("alg");
        if (!settings.algorithm().equals(alg)) {
            throw new TokenRejected(
                    Reason.MALFORMED,
                    "The bearer token is signed with " + describe(alg) + "; only " + settings.algorithm()
                            + " is accepted");
        }
        Object kid = header.get("kid");
        if (kid != null && !(kid instanceof String k && KID.matcher(k).matches())) {
            throw new TokenRejected(Reason.MALFORMED, "The bearer token's key id (kid) is not a plain string");
        }
        if (settings.issuer() != null && !settings.issuer().equals(claims.get("iss"))) {
            throw new TokenRejected(
                    Reason.WRONG_ISSUER,
                    "The bearer token was issued by " + describe(claims.get("iss")) + ", not by the configured issuer "
                            + settings.issuer());
        }
        if (!settings.audiences().isEmpty()
                && audiences(claims.get("aud")).stream().noneMatch(settings.audiences()::contains)) {
            throw new TokenRejected(
                    Reason.WRONG_AUDIENCE,
                    "The bearer token is meant for "
                            + describe(claims.get("aud")) + ", not for this API (audience "
                            + String.join(", ", settings.audiences()) + ")");
        }
        long skew = settings.clockSkew().toSeconds();
        Long exp = seconds(claims, "exp");
        Long iat = seconds(claims, "iat");
        if (exp == null || iat == null) {
            throw new TokenRejected(Reason.MALFORMED, "The bearer token must carry numeric exp and iat claims");
        }
        if (exp + skew <= now.getEpochSecond()) {
            throw new TokenRejected(Reason.EXPIRED, "The bearer token expired at " + Instant.ofEpochSecond(exp));
        }
        if (iat > now.getEpochSecond() + skew) {
            throw new TokenRejected(
                    Reason.LIFETIME,
                    "The bearer token claims to be issued in the future (" + Instant.ofEpochSecond(iat) + ")");
        }
        if (exp - iat > settings.maxLifetime().toSeconds()) {
            throw new TokenRejected(
                    Reason.LIFETIME,
                    "The bearer token is valid for " + Duration.ofSeconds(exp - iat) + "; at most "
                            + settings.maxLifetime() + " is accepted");
        }
        roles(claims);
        return claims;
    }

    /** The roles, region and unit the claims grant; refuses a role claim or scope claim Rapor cannot read. */
    public Scope scope(Map<String, Object> claims) throws TokenRejected {
        return new Scope(roles(claims), single(claims, Roles.REGION_CLAIM), single(claims, Roles.UNIT_CLAIM));
    }

    private Set<String> roles(Map<String, Object> claims) throws TokenRejected {
        Object value = claims;
        for (String segment : rolesPath) {
            value = value instanceof Map<?, ?> map ? map.get(segment) : null;
        }
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new TokenRejected(
                    Reason.ROLE_CLAIM,
                    "The token's role claim '" + settings.rolesPath() + "' must be a JSON array of role names, not "
                            + describe(value));
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Object role : list) {
            if (role instanceof String name && Roles.ALL.contains(name)) {
                roles.add(name);
            }
        }
        return Set.copyOf(roles);
    }

    private static String single(Map<String, Object> claims, String name) throws TokenRejected {
        Object value = claims.get(name);
        if (value instanceof List<?> list) {
            if (list.size() != 1) {
                throw new TokenRejected(
                        Reason.SCOPE_CLAIM,
                        "The token's " + name + " claim has " + list.size() + " values; Rapor needs exactly one " + name
                                + " per token");
            }
            value = list.get(0);
        }
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new TokenRejected(Reason.SCOPE_CLAIM, "The token's " + name + " claim must be a string");
        }
        boolean valid =
                Roles.REGION_CLAIM.equals(name) ? REGION_SCOPE.matcher(text).matches() : isUuid(text);
        if (!valid) {
            throw new TokenRejected(
                    Reason.SCOPE_CLAIM,
                    Roles.REGION_CLAIM.equals(name)
                            ? "The token's region claim must be a province or kabupaten/kota code such as 73 or 73.15"
                            : "The token's unit claim must be a unit id (UUID)");
        }
        return text;
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> json(String part, String what) throws TokenRejected {
        try {
            String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
            return JsonUtil.parseJson(text);
        } catch (IllegalArgumentException | JoseException | ClassCastException e) {
            throw new TokenRejected(Reason.MALFORMED, "The bearer token's " + what + " is not base64url JSON");
        }
    }

    private static Long seconds(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof Number n ? n.longValue() : null;
    }

    private static Collection<?> audiences(Object aud) {
        if (aud instanceof String single) {
            return List.of(single);
        }
        return aud instanceof List<?> list ? list : List.of();
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = value instanceof String s ? "'" + s + "'" : value.toString();
        // Claims come from an unverified token: keep what goes into a message short and printable.
        text = text.replaceAll("[^\\x20-\\x7e]", "?");
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
