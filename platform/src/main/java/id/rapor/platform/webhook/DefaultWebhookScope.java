package id.rapor.platform.webhook;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Used when a service has no unit register of its own: knows no unit's region. */
@ApplicationScoped
@DefaultBean
public class DefaultWebhookScope implements WebhookScope {

    @Override
    public Optional<String> regionOf(UUID unitId) {
        return Optional.empty();
    }
}
