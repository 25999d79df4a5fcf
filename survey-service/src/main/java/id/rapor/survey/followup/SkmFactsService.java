package id.rapor.survey.followup;

import id.rapor.events.SkmFollowUpSummarized;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.unit.UnitReplica;
import id.rapor.survey.unit.UnitReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reading and republishing a unit's SKM facts of a year, in the caller's scope. */
@ApplicationScoped
public class SkmFactsService {

    @Inject
    SkmFacts facts;

    @Inject
    CampaignService campaigns;

    @Inject
    UnitReplicaRepository units;

    @Inject
    Caller caller;

    /** The facts as they stand (version 0: not a published version). */
    public SkmFollowUpSummarized current(UUID unitId, Integer year) {
        requireYear(year);
        UnitReplica unit = units.findByIdOptional(unitId).orElse(null);
        if (unit == null ? !caller.readsEverything() : !caller.canRead(unit.regionCode, unit.id)) {
            throw ProblemException.forbidden("This unit lies outside your region or unit");
        }
        return facts.compute(unitId, year, 0);
    }

    /** Publishes the facts again with the next version. */
    @Transactional
    public SkmFollowUpSummarized announce(UUID unitId, Integer year) {
        requireYear(year);
        campaigns.requireManage(unitId);
        return facts.publish(unitId, year);
    }

    private static void requireYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw ProblemException.badRequest("year", "is required, 2000 to 2100");
        }
    }
}
