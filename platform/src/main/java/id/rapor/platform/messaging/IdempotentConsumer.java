package id.rapor.platform.messaging;

import id.rapor.events.EventCodec;
import id.rapor.events.RaporEvent;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Applies an event at most once per consumer: the processed-event row and the effect commit in one
 * transaction. A malformed event throws {@link PoisonEventException} (the channel dead-letters it); any other
 * failure (database down, deadlock) is retried with back-off so no event is ever skipped.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final long MAX_BACKOFF_MILLIS = 10_000;

    @Inject
    ProcessedEventLog log;

    /**
     * Parses {@code payload} as an event of {@code type} and applies {@code effect} unless {@code consumer} has
     * already applied it. Returns whether the effect ran.
     */
    public <E extends RaporEvent> boolean handle(String consumer, String payload, Class<E> type, Consumer<E> effect) {
        RaporEvent event;
        try {
            event = EventCodec.read(payload);
        } catch (EventCodec.MalformedEventException e) {
            throw new PoisonEventException(e.getMessage());
        }
        if (!type.isInstance(event)) {
            throw new PoisonEventException("expected " + type.getSimpleName() + " but got " + event.type());
        }
        E typed = type.cast(event);
        long backoff = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!log.firstDelivery(consumer, typed.eventId())) {
                        return false;
                    }
                    effect.accept(typed);
                    return true;
                });
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == 1 || attempt % 10 == 0) {
                    Log.warnf(
                            "%s: applying %s %s failed (attempt %d), retrying: %s",
                            consumer, typed.type(), typed.eventId(), attempt, e.getMessage());
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
            }
        }
    }

    /** An event that can never be applied (unreadable, wrong type, violates the contract): dead-letter it. */
    public static class PoisonEventException extends RuntimeException {
        public PoisonEventException(String reason) {
            super(reason);
        }
    }
}
