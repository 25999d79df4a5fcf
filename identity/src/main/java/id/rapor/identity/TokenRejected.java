package id.rapor.identity;

import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Why a bearer token was refused: a reason with its HTTP status (401 for a token that is not acceptable, 403 for an
 * authentic token whose scope claims Rapor cannot use) and a detail for the caller that never contains the token.
 */
public class TokenRejected extends ParseException {

    private static final long serialVersionUID = 1L;

    /** The distinct causes a caller and an operator can tell apart. */
    public enum Reason {
        MALFORMED(401, "token-malformed"),
        EXPIRED(401, "token-expired"),
        WRONG_ISSUER(401, "token-wrong-issuer"),
        WRONG_AUDIENCE(401, "token-wrong-audience"),
        UNKNOWN_KEY(401, "token-unknown-key"),
        BAD_SIGNATURE(401, "token-bad-signature"),
        LIFETIME(401, "token-lifetime"),
        ROLE_CLAIM(401, "token-role-claim"),
        INVALID(401, "token-invalid"),
        SCOPE_CLAIM(403, "token-scope-claim");

        private final int status;
        private final String type;

        Reason(int status, String type) {
            this.status = status;
            this.type = type;
        }

        public int status() {
            return status;
        }

        /** The problem type's last path segment ({@code token-expired}). */
        public String type() {
            return type;
        }
    }

    private final Reason reason;
    private final String detail;

    public TokenRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
        this.detail = detail;
    }

    public TokenRejected(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status();
    }

    public String detail() {
        return detail;
    }

    /** The rejection somewhere in a failure's cause chain, if there is one. */
    public static java.util.Optional<TokenRejected> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TokenRejected rejected) {
                return java.util.Optional.of(rejected);
            }
        }
        return java.util.Optional.empty();
    }
}
