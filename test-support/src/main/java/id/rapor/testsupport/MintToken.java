package id.rapor.testsupport;

import java.util.Set;
import java.util.UUID;

/**
 * Prints a dev token (signed with the dev key, accepted by the local run only) for a role, e.g.
 * {@code MintToken evaluator 73}, {@code MintToken operator <unit-uuid>}, {@code MintToken admin}.
 */
public final class MintToken {

    private MintToken() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            return;
        }
        String role = args[0];
        String scope = args.length > 1 ? args[1] : null;
        String token = switch (role) {
            case "admin" -> DevTokens.admin();
            case "viewer" -> DevTokens.viewer();
            case "evaluator" -> scope == null ? null : DevTokens.evaluator(scope);
            case "operator" -> scope == null ? null : DevTokens.operator(UUID.fromString(scope));
            default -> DevTokens.mint(role, Set.of(role), null, null);
        };
        if (token == null) {
            usage();
            return;
        }
        System.out.println(token);
    }

    private static void usage() {
        System.err.println("usage: MintToken admin | viewer | evaluator <region code, e.g. 73 or 73.15>"
                + " | operator <unit id (UUID)>");
        System.exit(2);
    }
}
