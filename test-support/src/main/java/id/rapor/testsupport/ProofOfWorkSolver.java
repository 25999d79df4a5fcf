package id.rapor.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Solves a survey proof-of-work challenge (ALTCHA scheme) as a kiosk or browser would: tries numbers from 0 until
 * {@code sha256(salt + number)} equals the challenge, and returns the base64 JSON payload for {@code X-Proof-Of-Work}.
 */
public final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {}

    /** The payload of the solved challenge; throws when no number up to {@code maxNumber} solves it. */
    public static String solve(String algorithm, String challenge, String salt, long maxNumber, String signature) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        HexFormat hex = HexFormat.of();
        for (long n = 0; n <= maxNumber; n++) {
            if (hex.formatHex(sha.digest((salt + n).getBytes(StandardCharsets.UTF_8)))
                    .equals(challenge)) {
                return payload(algorithm, challenge, n, salt, signature);
            }
        }
        throw new IllegalStateException("no number up to " + maxNumber + " solves the challenge");
    }

    /** The base64 JSON payload of a (possibly wrong) solution. */
    public static String payload(String algorithm, String challenge, long number, String salt, String signature) {
        String json = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":" + number
                + ",\"salt\":\"" + salt.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"signature\":\""
                + signature + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
