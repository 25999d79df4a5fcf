package id.rapor.ranking.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets live consumers apply events concurrently while a rebuild has the projection to itself: a live handler
 * holds the shared side for one event, a rebuild holds the exclusive side from truncation to the end of the replay.
 */
@ApplicationScoped
public class ProjectionGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs one live update; waits while a rebuild runs. */
    public <T> T shared(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a rebuild with no live update in flight. */
    public <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether a rebuild holds the projection. */
    public boolean rebuilding() {
        return lock.isWriteLocked();
    }
}
