package id.rapor.survey.webhook;

import id.rapor.platform.webhook.WebhookScope;
import id.rapor.survey.unit.UnitReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Survey events name a unit, not its region: the unit replica says where the unit lies. */
@ApplicationScoped
public class UnitReplicaWebhookScope implements WebhookScope {

    @Inject
    UnitReplicaRepository units;

    @Override
    public Optional<String> regionOf(UUID unitId) {
        return units.findByIdOptional(unitId).map(unit -> unit.regionCode);
    }
}
