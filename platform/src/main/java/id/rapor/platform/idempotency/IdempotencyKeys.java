package id.rapor.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.rapor.platform.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a write idempotent under a client key ({@code Idempotency-Key} header or a client id in the body): the
 * first request runs and its result is stored in the same transaction; a replay with the same request returns
 * that stored result; the same key with a different request is a 409. Concurrent duplicates wait on the key's
 * row and then replay, so a key is never applied twice.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The result of {@link #once}: the response body and whether it was replayed from an earlier request. */
    public record Outcome<T>(T body, boolean replayed) {}

    /**
     * Runs {@code action} once per {@code (scope, key)}. {@code request} is what the key must always stand for
     * (its canonical JSON is hashed). Must join the caller's transaction, which holds the business writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> once(String scope, String key, Object request, Class<T> responseType, Supplier<T> action) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, response_body from idempotency_key "
                            + "where scope = ?1 and key = ?2")
                    .setParameter(1, scope)
                    .setParameter(2, key)
                    .getResultList();
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw ProblemException.conflict(
                        "Idempotency key '" + key + "' was already used for a different request");
            }
            return new Outcome<>(read((String) row[1], responseType), true);
        }
        T body = action.get();
        em.createNativeQuery("update idempotency_key set response_body = ?3 where scope = ?1 and key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, write(body))
                .executeUpdate();
        return new Outcome<>(body, false);
    }

    /** SHA-256 of the canonical JSON of {@code request} (map keys sorted). */
    public String hash(Object request) {
        try {
            byte[] json = mapper.copy()
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store response", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored response", e);
        }
    }

    /** Helper for callers that hash with {@link StandardCharsets#UTF_8} text, e.g. CSV bodies. */
    public String hashText(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
