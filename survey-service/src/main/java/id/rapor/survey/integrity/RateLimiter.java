package id.rapor.survey.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/**
 * Token buckets kept in PostgreSQL ({@code rate_bucket}), so every instance of the service enforces one limit. A
 * take refills the bucket for the time since its last use and consumes one token in a single upsert; it commits
 * on its own, so refused and failed requests count too.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    EntityManager em;

    /**
     * Takes one token from the bucket {@code key} (capacity {@code burst}, refilled by {@code perMinute}); returns 0
     * when taken, otherwise the seconds until a token is available.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long take(String key, int burst, double perMinute) {
        String refilled = "least(?, b.tokens + extract(epoch from clock_timestamp() - b.updated_at) * ? / 60.0)";
        String sql = "insert into rate_bucket as b (bucket_key, tokens, allowed, updated_at) "
                + "values (?, ? - 1, true, clock_timestamp()) on conflict (bucket_key) do update set "
                + "tokens = case when " + refilled + " >= 1 then " + refilled + " - 1 else " + refilled + " end, "
                + "allowed = " + refilled + " >= 1, updated_at = clock_timestamp() returning tokens, allowed";
        return em.unwrap(Session.class).doReturningWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, key);
                ps.setDouble(i++, burst);
                for (int r = 0; r < 4; r++) {
                    ps.setDouble(i++, burst);
                    ps.setDouble(i++, perMinute);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(2)) {
                        return 0L;
                    }
                    double missing = 1 - rs.getDouble(1);
                    return Math.max(1L, (long) Math.ceil(missing * 60.0 / perMinute));
                }
            }
        });
    }

    /** Forgets buckets idle for an hour (full again by then). */
    @Transactional
    public int purgeIdle() {
        return em.createNativeQuery("delete from rate_bucket where updated_at < now() - interval '1 hour'")
                .executeUpdate();
    }
}
