package id.rapor.survey.publication;

import id.rapor.events.Period;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.publication.PublicationState;
import id.rapor.platform.publication.PublicationView;
import id.rapor.platform.publication.Publications;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.publication.PublicationDtos.PublishRequest;
import id.rapor.survey.result.ResultDtos.PublishedResult;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishes a unit's survey result over a period: the snapshot anonymous readers will see, with the questionnaire
 * version and the campaigns it pools. Only an evaluator of the unit's region or an admin publishes; never the unit's
 * own operator, whose grade it is.
 */
@ApplicationScoped
public class SurveyPublicationService {

    @Inject
    Publications publications;

    @Inject
    ResultService results;

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    /** Publishes the unit's result for the request's period (a correction when a version exists) with its event. */
    @Transactional
    public PublicationView publish(UUID unitId, PublishRequest request) {
        if (!campaigns.canReview(unitId)) {
            throw ProblemException.forbidden(
                    "Only an evaluator of the unit's region or an admin publishes its survey result");
        }
        Period period = period(request.period());
        PublishedResult snapshot = results.publicSnapshot(unitId, period);
        ResultView unit = snapshot.unit();
        Map<String, String> basis = new LinkedHashMap<>();
        basis.put("questionnaire", unit.questionnaireCode());
        basis.put("questionnaireVersion", Integer.toString(unit.questionnaireVersion()));
        basis.put("regulation", unit.regulation());
        basis.put(
                "campaigns",
                unit.campaignIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        return publications.publish(
                ResultService.publicationKey(unitId, period),
                snapshot,
                basis,
                request.embargoUntil(),
                request.reason(),
                caller.name());
    }

    /**
     * The versions published for the unit and period, newest first: every one for the unit's managers, only those
     * whose embargo has passed for everyone else.
     */
    public List<PublicationView> history(UUID unitId, String periodText) {
        List<PublicationView> all = publications.history(ResultService.publicationKey(unitId, period(periodText)));
        if (campaigns.canManage(unitId)) {
            return all;
        }
        return all.stream().filter(v -> v.state() != PublicationState.SCHEDULED).toList();
    }

    private static Period period(String text) {
        try {
            return Period.require(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("period", e.getMessage());
        }
    }
}
