package id.rapor.assessment.webhook;

import id.rapor.assessment.unit.UnitRepository;
import id.rapor.platform.webhook.WebhookScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Where a unit lies, from the unit register this service owns (for unit subscriptions). */
@ApplicationScoped
public class UnitRegisterWebhookScope implements WebhookScope {

    @Inject
    UnitRepository units;

    @Override
    public Optional<String> regionOf(UUID unitId) {
        return units.findByIdOptional(unitId).map(unit -> unit.regionCode);
    }
}
