package id.rapor.platform.security;

import id.rapor.events.RegionCodes;
import id.rapor.platform.error.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what they may touch: role plus region or unit scope, read from the verified token.
 * Services check scope here, on every read and write of data they own.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isViewer() {
        return identity.hasRole(Roles.VIEWER);
    }

    public boolean isEvaluator() {
        return identity.hasRole(Roles.EVALUATOR);
    }

    public boolean isOperator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    /** The subject of the token, for audit trails ("anonymous" when there is none). */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The person's full name from the token's {@code name} claim (OpenID Connect's standard claim; Rapor's Keycloak
     * realm maps it from first and last name), when present.
     */
    public Optional<String> fullName() {
        return claim("name");
    }

    /**
     * The civil servant's NIP (Nomor Induk Pegawai) from the token's {@code nip} claim (in Rapor's Keycloak realm a
     * declared user attribute {@code nip}, 18 digits, with a user-attribute mapper like {@code region}), when present.
     */
    public Optional<String> nip() {
        return claim("nip");
    }

    /** The evaluator's region code, when the token has one. */
    public Optional<String> region() {
        return claim(Roles.REGION_CLAIM);
    }

    /** The operator's unit id, when the token has one. */
    public Optional<UUID> unit() {
        return claim(Roles.UNIT_CLAIM).flatMap(u -> {
            try {
                return Optional.of(UUID.fromString(u));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Whether the caller may read everything (admin or viewer). */
    public boolean readsEverything() {
        return isAdmin() || isViewer();
    }

    /** Whether the caller may read data of a unit in {@code regionCode} with id {@code unitId}. */
    public boolean canRead(String regionCode, UUID unitId) {
        return readsEverything() || inRegion(regionCode) || ownsUnit(unitId);
    }

    /** Whether the caller may change register or evaluation data in {@code regionCode} (admin or evaluator). */
    public boolean canManage(String regionCode) {
        return isAdmin() || inRegion(regionCode);
    }

    /** Whether the caller is an evaluator whose region contains {@code regionCode}. */
    public boolean inRegion(String regionCode) {
        return isEvaluator()
                && region().map(scope -> RegionCodes.within(regionCode, scope)).orElse(false);
    }

    /** Whether the caller is the operator of {@code unitId}. */
    public boolean ownsUnit(UUID unitId) {
        return isOperator() && unitId != null && unit().map(unitId::equals).orElse(false);
    }

    /** Throws 403 unless {@link #canRead(String, UUID)}. */
    public void requireRead(String regionCode, UUID unitId) {
        if (!canRead(regionCode, unitId)) {
            throw ProblemException.forbidden("This data lies outside your region or unit");
        }
    }

    /** Throws 403 unless {@link #canManage(String)}. */
    public void requireManage(String regionCode) {
        if (!canManage(regionCode)) {
            throw ProblemException.forbidden("Region " + regionCode + " lies outside your scope");
        }
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || jwt == null || jwt.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
