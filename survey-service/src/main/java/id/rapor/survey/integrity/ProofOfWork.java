package id.rapor.survey.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.ProblemException;
import id.rapor.survey.integrity.IntegrityDtos.Challenge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Self-hosted proof-of-work in the ALTCHA scheme. A challenge is {@code sha256(salt + number)} for a secret number
 * in 0..maxnumber; the salt carries its expiry and campaign, and the challenge is signed with HMAC-SHA-256 under a
 * server key, so the service keeps no state until a solution arrives. A solution is accepted once: its salt is
 * recorded in {@code pow_spent} (PostgreSQL) until it expires, so every instance agrees.
 */
@ApplicationScoped
@Startup
public class ProofOfWork {

    /** The only algorithm offered. */
    public static final String ALGORITHM = "SHA-256";

    private final SecureRandom random = new SecureRandom();
    private final IntegrityConfig config;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final byte[] key;

    ProofOfWork(IntegrityConfig config, ObjectMapper mapper, EntityManager em) {
        this.config = config;
        this.mapper = mapper;
        this.em = em;
        String secret = config.pow()
                .hmacKey()
                .orElseThrow(() -> new IllegalStateException(
                        "survey.integrity.pow.hmac-key (env SURVEY_INTEGRITY_POW_HMAC_KEY) must be set: it signs the "
                                + "proof-of-work challenges of anonymous survey submissions"));
        if (secret.length() < 32) {
            throw new IllegalStateException("survey.integrity.pow.hmac-key must be at least 32 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh challenge for one campaign. */
    public Challenge issue(UUID campaignId) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        long expires = Instant.now().plus(config.pow().ttl()).getEpochSecond();
        String salt = HexFormat.of().formatHex(nonce) + "?expires=" + expires + "&campaign=" + campaignId;
        int number = random.nextInt(config.pow().maxNumber() + 1);
        String challenge = sha256(salt + number);
        return new Challenge(ALGORITHM, challenge, config.pow().maxNumber(), salt, hmac(challenge));
    }

    /**
     * Verifies a solution (base64 of the JSON {@code {algorithm, challenge, number, salt, signature}}) for the
     * campaign and spends it in the caller's transaction; 400 naming the header when it is missing, forged,
     * expired, for another campaign or already used.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verifyAndSpend(String payload, UUID campaignId, String field) {
        if (payload == null || payload.isBlank()) {
            throw ProblemException.badRequest(
                    field, "an anonymous submission needs a solved proof-of-work " + "challenge (GET .../challenge)");
        }
        JsonNode solution;
        try {
            solution = mapper.readTree(Base64.getDecoder().decode(payload.trim()));
        } catch (Exception e) {
            throw ProblemException.badRequest(field, "must be base64 of the JSON solution");
        }
        if (solution == null || !solution.isObject()) {
            throw ProblemException.badRequest(field, "must be base64 of the JSON solution");
        }
        String algorithm = solution.path("algorithm").asText("");
        String challenge = solution.path("challenge").asText("");
        String salt = solution.path("salt").asText("");
        String signature = solution.path("signature").asText("");
        JsonNode number = solution.path("number");
        if (!ALGORITHM.equals(algorithm)
                || !number.canConvertToLong()
                || number.asLong() < 0
                || !MessageDigest.isEqual(
                        hmac(challenge).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII))
                || !MessageDigest.isEqual(
                        sha256(salt + number.asLong()).getBytes(StandardCharsets.US_ASCII),
                        challenge.getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.badRequest(field, "the proof-of-work solution is not valid");
        }
        Map<String, String> params = params(salt);
        long expires;
        try {
            expires = Long.parseLong(params.getOrDefault("expires", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "the proof-of-work solution is not valid");
        }
        if (Instant.now().getEpochSecond() > expires) {
            throw ProblemException.badRequest(field, "the proof-of-work challenge has expired; ask for a new one");
        }
        if (!campaignId.toString().equals(params.get("campaign"))) {
            throw ProblemException.badRequest(field, "the proof-of-work challenge was issued for another campaign");
        }
        int inserted = em.createNativeQuery(
                        "insert into pow_spent (salt, expires_at) values (?1, ?2) " + "on conflict (salt) do nothing")
                .setParameter(1, salt)
                .setParameter(2, Instant.ofEpochSecond(expires))
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.badRequest(
                    field, "this proof-of-work solution was already used; solve a new " + "challenge");
        }
    }

    /** Forgets spent solutions whose challenge has expired (they can no longer be replayed anyway). */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("delete from pow_spent where expires_at < now()")
                .executeUpdate();
    }

    private static Map<String, String> params(String salt) {
        Map<String, String> params = new HashMap<>();
        int query = salt.indexOf('?');
        if (query < 0) {
            return params;
        }
        for (String pair : salt.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** Hex SHA-256 of the text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
