package id.rapor.platform.webhook;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a unit lies, for services whose events name a unit but not its region (the survey service answers from its
 * unit replica). Without a service's own bean, only events that carry {@code regionCode} match region subscriptions.
 */
public interface WebhookScope {

    /** The region code of the unit, when this service knows the unit. */
    Optional<String> regionOf(UUID unitId);
}
