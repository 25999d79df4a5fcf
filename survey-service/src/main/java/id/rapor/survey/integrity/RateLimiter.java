package id.rapor.survey.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Token buckets kept in PostgreSQL ({@code rate_bucket}), so every instance of the service enforces one limit. A
 * take refills the bucket for the time since its last use and consumes one token in a single upsert; it commits
 * on its own, so refused and failed requests count too.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /**
     * Takes one token from the bucket {@code key} (capacity {@code burst}, refilled by {@code perMinute}); returns 0
     * when taken, otherwise the seconds until a token is available.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long take(String key, int burst, double perMinute) {
        return takeEach(new Bucket(key, burst, perMinute))[0];
    }

    /** A token bucket: its key, capacity and refill per minute. */
    public record Bucket(String key, int burst, double perMinute) {}

    /**
     * Takes one token from each bucket in order, stopping at the first that has none, in one statement that commits
     * on its own (autocommit on a connection outside the caller's transaction: one round trip, and a hot bucket's
     * row is locked only while the statement runs): per bucket taken 0, or the seconds until a token is available
     * for the one that refused (the buckets after it are left alone, -1). The commit does not wait for the disk
     * (synchronous_commit off for this statement's transaction only): a crash may forget the last few takes, which
     * only refills the buckets a little early.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long[] takeInOrder(Bucket... buckets) {
        return takeEach(buckets);
    }

    private long[] takeEach(Bucket... buckets) {
        StringBuilder sql = new StringBuilder(
                "with async as materialized (select set_config('synchronous_commit', 'off', true)), ");
        for (int b = 0; b < buckets.length; b++) {
            if (b > 0) {
                sql.append(", ");
            }
            sql.append("t").append(b).append(" as (").append(UPSERT);
            if (b > 0) {
                // Only when the buckets before it gave a token.
                sql.append(" where (select allowed from t").append(b - 1).append(")");
            }
            sql.append(" on conflict (bucket_key) do update set tokens = case when ")
                    .append(REFILLED)
                    .append(" >= 1 then ")
                    .append(REFILLED)
                    .append(" - 1 else ")
                    .append(REFILLED)
                    .append(" end, allowed = ")
                    .append(REFILLED)
                    .append(" >= 1, updated_at = clock_timestamp() returning tokens, allowed)");
        }
        sql.append(" select (select count(*) from async), ");
        for (int b = 0; b < buckets.length; b++) {
            sql.append(b > 0 ? ", " : "")
                    .append("(select tokens from t")
                    .append(b)
                    .append("), (select allowed from t")
                    .append(b)
                    .append(")");
        }
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(true);
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int i = 1;
                for (Bucket bucket : buckets) {
                    ps.setString(i++, bucket.key());
                    ps.setDouble(i++, bucket.burst());
                    for (int r = 0; r < 4; r++) {
                        ps.setDouble(i++, bucket.burst());
                        ps.setDouble(i++, bucket.perMinute());
                    }
                }
                long[] waits = new long[buckets.length];
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    boolean refused = false;
                    for (int b = 0; b < buckets.length; b++) {
                        if (refused) {
                            waits[b] = -1;
                            continue;
                        }
                        if (rs.getBoolean(2 * b + 3)) {
                            waits[b] = 0;
                        } else {
                            refused = true;
                            double missing = 1 - rs.getDouble(2 * b + 2);
                            waits[b] = Math.max(1L, (long) Math.ceil(missing * 60.0 / buckets[b].perMinute()));
                        }
                    }
                }
                return waits;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit bucket not updated", e);
        }
    }

    private static final String REFILLED =
            "least(?, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * ? / 60.0)";

    private static final String UPSERT = "insert into rate_bucket as b (bucket_key, tokens, allowed, updated_at) "
            + "select ?, ? - 1, true, clock_timestamp()";

    /** Forgets buckets idle for an hour (full again by then). */
    @Transactional
    public int purgeIdle() {
        return em.createNativeQuery("delete from rate_bucket where updated_at < now() - interval '1 hour'")
                .executeUpdate();
    }
}
