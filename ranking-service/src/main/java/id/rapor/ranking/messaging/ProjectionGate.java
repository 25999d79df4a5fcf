package id.rapor.ranking.messaging;

import id.rapor.platform.error.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Lets live consumers apply events concurrently while a rebuild has the projection to itself, across every
 * instance of the service: a live handler holds a shared PostgreSQL advisory lock for one event, a rebuild holds
 * the same lock exclusively from truncation to the end of the replay. The lock lives in the database all instances
 * share, so a rebuild started on one instance pauses the consumers of all of them, and two rebuilds run one after
 * the other. (A process-local lock in front of it keeps this instance's waiting consumers off the connection pool.)
 * Each side holds its lock on a connection of its own; PostgreSQL releases it if that session dies.
 */
@ApplicationScoped
public class ProjectionGate {

    /** The advisory lock key of the ranking projection ("rapor-rk" in ASCII), the same in every instance. */
    public static final long LOCK_KEY = 0x7261706f722d726bL;

    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final ReentrantReadWriteLock local = new ReentrantReadWriteLock(true);
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    @Inject
    DataSource dataSource;

    /**
     * Runs one live update; waits while a rebuild runs on any instance. A database that cannot be reached is
     * waited for (with backoff) like the update itself would be, so the event is never dead-lettered for it.
     */
    public <T> T shared(Supplier<T> work) {
        local.readLock().lock();
        try {
            Connection connection = sharedLock();
            try {
                return work.get();
            } finally {
                release(connection, "select pg_advisory_unlock_shared(?)");
            }
        } finally {
            local.readLock().unlock();
        }
    }

    /** Runs a rebuild with no live update in flight on any instance, and no other rebuild. */
    public <T> T exclusive(Supplier<T> work) {
        local.writeLock().lock();
        try {
            Connection connection;
            try {
                connection = dataSource.getConnection();
                lock(connection, "select pg_advisory_lock(?)");
            } catch (SQLException e) {
                throw new ProblemException(
                        503,
                        "unavailable",
                        "Database unavailable",
                        "the projection's database cannot be reached: " + e.getMessage(),
                        null);
            }
            rebuilding.set(true);
            try {
                return work.get();
            } finally {
                rebuilding.set(false);
                release(connection, "select pg_advisory_unlock(?)");
            }
        } finally {
            local.writeLock().unlock();
        }
    }

    /** Whether this instance is rebuilding the projection. */
    public boolean rebuilding() {
        return rebuilding.get();
    }

    private Connection sharedLock() {
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                lock(connection, "select pg_advisory_lock_shared(?)");
                return connection;
            } catch (SQLException e) {
                closeQuietly(connection);
                if (attempt == 1 || attempt % 10 == 0) {
                    Log.warnf("cannot take the projection lock (attempt %d), retrying: %s", attempt, e.getMessage());
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the projection lock", ie);
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        }
    }

    private static void release(Connection connection, String sql) {
        try {
            lock(connection, sql);
        } catch (SQLException e) {
            // A broken session: PostgreSQL has dropped its locks with it.
            Log.warnf(
                    "releasing the projection lock failed (the session is gone, and its lock with it): %s",
                    e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                Log.debugf("closing a connection failed: %s", e.getMessage());
            }
        }
    }
}
