package id.rapor.survey.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Set-based access to the response table on the transaction's own connection: a request's rows go in by COPY and
 * one INSERT … ON CONFLICT that detects duplicates on the unique index, so a 10,000-row batch costs a handful of
 * round trips whatever the table holds.
 */
@ApplicationScoped
public class ResponseWriter {

    /** SQL state of a unique index violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** The per-connection staging table of {@link #insert}. */
    private static final String STAGE = "survey_response_stage";

    /** Columns written by {@link #insert}, in COPY order. */
    static final String COPY_COLUMNS = "campaign_id, client_id, request_hash, answers, gender, age, age_band, "
            + "education, occupation, service_used, suggestion, consent, channel, submitted_at, namespace, client_key, "
            + "batch_reference, quality_flags, review_state";

    @Inject
    EntityManager em;

    /** A stored response's state. */
    public record StoredResponse(
            String clientId,
            String answersJson,
            boolean voided,
            String voidReason,
            Instant voidedAt,
            Instant submittedAt,
            Map<String, String> demographics,
            String namespace,
            String reviewState) {}

    /** Where a request's rows come from: channel, namespace of their ids, client pseudonym and paper batch. */
    public record Stamp(String channel, String namespace, String clientKey, String batchReference, Instant at) {}

    /**
     * Inserts the responses that are new in their namespace and returns their client ids; the others (already
     * stored under the same campaign, namespace and client id) are left alone for {@link #storedHashes}. The rows go
     * by one COPY straight into the table; only when one of them is already stored, that COPY is rolled back and
     * they go by one COPY into a per-connection staging table and from there by one INSERT … ON CONFLICT DO
     * NOTHING. Either way a duplicate is found by the unique index itself: the cost per row does not depend on the
     * table's size or on its statistics. Flagged rows wait for review. Columns not written here keep their
     * defaults.
     */
    public Set<String> insert(
            UUID campaignId, Collection<PreparedResponse> rows, Stamp stamp, Map<String, List<String>> flags) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        if (rows.size() == 1) {
            return insertOne(campaignId, rows.iterator().next(), stamp, flags);
        }
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        String campaign = campaignId.toString();
        String at = stamp.at().toString();
        for (PreparedResponse r : rows) {
            csv.append(campaign).append(',');
            quoted(csv, r.clientId()).append(',');
            csv.append(r.requestHash()).append(',');
            quoted(csv, r.answersJson()).append(',');
            quoted(csv, r.gender()).append(',');
            if (r.age() != null) {
                csv.append(r.age());
            }
            csv.append(',');
            quoted(csv, r.ageBand()).append(',');
            quoted(csv, r.education()).append(',');
            quoted(csv, r.occupation()).append(',');
            quoted(csv, r.serviceUsed()).append(',');
            quoted(csv, r.suggestion()).append(',');
            csv.append(r.consent()).append(',');
            csv.append(stamp.channel()).append(',');
            csv.append(at).append(',');
            quoted(csv, stamp.namespace()).append(',');
            quoted(csv, stamp.clientKey()).append(',');
            quoted(csv, stamp.batchReference()).append(',');
            List<String> rowFlags = flags.getOrDefault(r.clientId(), List.of());
            quoted(csv, "{" + String.join(",", rowFlags) + "}").append(',');
            csv.append(rowFlags.isEmpty() ? "COUNTED" : "FLAGGED").append('\n');
        }
        String copy = csv.toString();
        return work(conn -> {
            if (copyStraight(conn, copy, rows.size())) {
                Set<String> inserted = new HashSet<>(rows.size() * 2);
                rows.forEach(r -> inserted.add(r.clientId()));
                return inserted;
            }
            try (Statement st = conn.createStatement()) {
                st.execute("create temp table if not exists " + STAGE + " on commit delete rows as select "
                        + COPY_COLUMNS + " from survey_response with no data");
                st.execute("truncate " + STAGE);
            }
            try {
                conn.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy " + STAGE + " (" + COPY_COLUMNS + ") from stdin with (format csv)",
                                new StringReader(copy));
            } catch (SQLException e) {
                // PostgreSQL quotes the failing COPY line, which may hold demographics or a suggestion: keep only
                // the SQL state (so outages still map to 503), never the text.
                throw new SQLException("copy of " + rows.size() + " responses failed", e.getSQLState());
            } catch (IOException e) {
                throw new SQLException("copy of " + rows.size() + " responses failed", "08006");
            }
            Set<String> inserted = new HashSet<>(rows.size() * 2);
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("insert into survey_response (" + COPY_COLUMNS + ") select "
                            + COPY_COLUMNS + " from " + STAGE + " on conflict (campaign_id, namespace, client_id) "
                            + "do nothing returning client_id")) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
            return inserted;
        });
    }

    /**
     * The common case first: when none of the rows is stored yet, one COPY straight into the table (under a
     * savepoint) is all it takes. A row already stored (a retry, a file sent twice, a concurrent import of the same
     * ids) fails it on the unique index; then it is rolled back and false tells the caller to stage the rows.
     */
    private static boolean copyStraight(java.sql.Connection conn, String copy, int rows) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("savepoint survey_response_copy");
        }
        try {
            conn.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy survey_response (" + COPY_COLUMNS + ") from stdin with (format csv)",
                            new StringReader(copy));
        } catch (SQLException e) {
            try (Statement st = conn.createStatement()) {
                st.execute("rollback to savepoint survey_response_copy");
                st.execute("release savepoint survey_response_copy");
            }
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            // As in the staged COPY: the SQL state only, never the quoted line.
            throw new SQLException("copy of " + rows + " responses failed", e.getSQLState());
        } catch (IOException e) {
            throw new SQLException("copy of " + rows + " responses failed", "08006");
        }
        try (Statement st = conn.createStatement()) {
            st.execute("release savepoint survey_response_copy");
        }
        return true;
    }

    /** {@link #insert} of a single response: one INSERT … ON CONFLICT DO NOTHING, no staging. */
    private Set<String> insertOne(UUID campaignId, PreparedResponse r, Stamp stamp, Map<String, List<String>> flags) {
        List<String> rowFlags = flags.getOrDefault(r.clientId(), List.of());
        return work(conn -> {
            Array flagArray = conn.createArrayOf("text", rowFlags.toArray());
            try (PreparedStatement ps = conn.prepareStatement("insert into survey_response (" + COPY_COLUMNS
                    + ") values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict (campaign_id, namespace, client_id) do nothing returning client_id")) {
                int i = 1;
                ps.setObject(i++, campaignId);
                ps.setString(i++, r.clientId());
                ps.setString(i++, r.requestHash());
                ps.setString(i++, r.answersJson());
                ps.setString(i++, r.gender());
                ps.setObject(i++, r.age(), java.sql.Types.INTEGER);
                ps.setString(i++, r.ageBand());
                ps.setString(i++, r.education());
                ps.setString(i++, r.occupation());
                ps.setString(i++, r.serviceUsed());
                ps.setString(i++, r.suggestion());
                ps.setBoolean(i++, r.consent());
                ps.setString(i++, stamp.channel());
                ps.setTimestamp(i++, Timestamp.from(stamp.at()));
                ps.setString(i++, stamp.namespace());
                ps.setString(i++, stamp.clientKey());
                ps.setString(i++, stamp.batchReference());
                ps.setArray(i++, flagArray);
                ps.setString(i, rowFlags.isEmpty() ? "COUNTED" : "FLAGGED");
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Set.of(rs.getString(1)) : Set.<String>of();
                }
            } finally {
                flagArray.free();
            }
        });
    }

    /**
     * The stored request hash of each staged response that {@link #insert} found already stored, by client id. Runs
     * in the same transaction right after it; the lookup goes through the unique index (a no-op update of the
     * stored row returns its hash), never through a plan chosen from statistics.
     */
    public Map<String, String> storedHashes(UUID campaignId, String namespace, Collection<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        if (clientIds.size() == 1) {
            // One id (a single submission is never staged): the unique key's equality, always its index.
            String clientId = clientIds.iterator().next();
            return stored(campaignId, namespace, clientId)
                    .map(found -> Map.of(clientId, found.requestHash()))
                    .orElse(Map.of());
        }
        return work(conn -> {
            Map<String, String> found = new HashMap<>();
            Array ids = conn.createArrayOf("text", clientIds.toArray());
            try (PreparedStatement ps = conn.prepareStatement("insert into survey_response (" + COPY_COLUMNS
                    + ") select " + COPY_COLUMNS + " from " + STAGE + " where client_id = any(?) on conflict "
                    + "(campaign_id, namespace, client_id) do update set request_hash = survey_response.request_hash "
                    + "returning client_id, request_hash")) {
                ps.setArray(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
            } finally {
                ids.free();
            }
            return found;
        });
    }

    /** What a client id stands for and when it arrived. */
    public record Stored(String requestHash, Instant submittedAt) {}

    /** The request hash and arrival of a stored response, looked up by its unique key. */
    public Optional<Stored> stored(UUID campaignId, String namespace, String clientId) {
        return work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select request_hash, submitted_at from survey_response "
                    + "where campaign_id = ? and namespace = ? and client_id = ?")) {
                ps.setObject(1, campaignId);
                ps.setString(2, namespace);
                ps.setString(3, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Stored(
                                    rs.getString(1), rs.getTimestamp(2).toInstant()))
                            : Optional.<Stored>empty();
                }
            }
        });
    }

    /** Replaces the quality flags (and with them the review state) of responses just inserted. */
    public void reflag(UUID campaignId, String namespace, Map<String, List<String>> flagsById) {
        if (flagsById.isEmpty()) {
            return;
        }
        work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update survey_response set quality_flags = ?, "
                    + "review_state = ? where campaign_id = ? and namespace = ? and client_id = ?")) {
                for (Map.Entry<String, List<String>> e : flagsById.entrySet()) {
                    Array flags = conn.createArrayOf("text", e.getValue().toArray());
                    ps.setArray(1, flags);
                    ps.setString(2, e.getValue().isEmpty() ? "COUNTED" : "FLAGGED");
                    ps.setObject(3, campaignId);
                    ps.setString(4, namespace);
                    ps.setString(5, e.getKey());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** The namespaces in which the campaign has a response with this client id. */
    public List<String> namespacesOf(UUID campaignId, String clientId) {
        return work(conn -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("select namespace from survey_response "
                    + "where campaign_id = ? and client_id = ? order by namespace")) {
                ps.setObject(1, campaignId);
                ps.setString(2, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found;
        });
    }

    /** The response, locked for a void or a review. */
    public Optional<StoredResponse> findForUpdate(UUID campaignId, String namespace, String clientId) {
        return work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select client_id, answers::text, voided, void_reason, "
                    + "voided_at, submitted_at, gender, age_band, education, occupation, service_used, namespace, "
                    + "review_state from survey_response where campaign_id = ? and namespace = ? and client_id = ? "
                    + "for update")) {
                ps.setObject(1, campaignId);
                ps.setString(2, namespace);
                ps.setString(3, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Timestamp voidedAt = rs.getTimestamp(5);
                    Map<String, String> demographics = new HashMap<>();
                    demographics.put("gender", rs.getString(7));
                    demographics.put("ageBand", rs.getString(8));
                    demographics.put("education", rs.getString(9));
                    demographics.put("occupation", rs.getString(10));
                    demographics.put("serviceUsed", rs.getString(11));
                    return Optional.of(new StoredResponse(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getBoolean(3),
                            rs.getString(4),
                            voidedAt == null ? null : voidedAt.toInstant(),
                            rs.getTimestamp(6).toInstant(),
                            demographics,
                            rs.getString(12),
                            rs.getString(13)));
                }
            }
        });
    }

    /** Flags a response as voided with its reason; the row and its answers stay. */
    public void markVoided(UUID campaignId, String namespace, String clientId, String reason, String by, Instant at) {
        work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update survey_response set voided = true, "
                    + "void_reason = ?, voided_by = ?, voided_at = ? where campaign_id = ? and namespace = ? "
                    + "and client_id = ?")) {
                ps.setString(1, reason);
                ps.setString(2, by);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setObject(4, campaignId);
                ps.setString(5, namespace);
                ps.setString(6, clientId);
                return ps.executeUpdate();
            }
        });
    }

    /** Records a reviewer's decision on a flagged response. */
    public void markReviewed(
            UUID campaignId, String namespace, String clientId, String state, String reason, String by, Instant at) {
        work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update survey_response set review_state = ?, "
                    + "review_reason = ?, reviewed_by = ?, reviewed_at = ? where campaign_id = ? and namespace = ? "
                    + "and client_id = ?")) {
                ps.setString(1, state);
                ps.setString(2, reason);
                ps.setString(3, by);
                ps.setTimestamp(4, Timestamp.from(at));
                ps.setObject(5, campaignId);
                ps.setString(6, namespace);
                ps.setString(7, clientId);
                return ps.executeUpdate();
            }
        });
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    private static StringBuilder quoted(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }
}
