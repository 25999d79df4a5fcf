package id.rapor.identity;

import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token as Rapor reads it: the roles come only from the configured role claim and only Rapor's role
 * names; {@code region} and {@code unit} are plain strings even when the provider sent a one-element array.
 */
final class VerifiedToken implements JsonWebToken {

    private final JsonWebToken token;
    private final TokenRules.Scope scope;

    VerifiedToken(JsonWebToken token, TokenRules.Scope scope) {
        this.token = token;
        this.scope = scope;
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if (Roles.REGION_CLAIM.equals(claimName)) {
            return (T) scope.region();
        }
        if (Roles.UNIT_CLAIM.equals(claimName)) {
            return (T) scope.unit();
        }
        return token.getClaim(claimName);
    }

    @Override
    public Set<String> getGroups() {
        return scope.roles();
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + getName() + ", roles=" + scope.roles() + "]";
    }
}
