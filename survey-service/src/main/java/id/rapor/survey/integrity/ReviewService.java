package id.rapor.survey.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.platform.web.PageView;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.integrity.IntegrityDtos.Challenge;
import id.rapor.survey.integrity.IntegrityDtos.FlaggedResponse;
import id.rapor.survey.integrity.IntegrityDtos.ReviewResult;
import id.rapor.survey.integrity.IntegrityDtos.VoidRequestView;
import id.rapor.survey.response.ResponseDtos.VoidResult;
import id.rapor.survey.response.ResponseService;
import id.rapor.survey.tally.CampaignTally;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review side of survey integrity: challenges for public forms, the queue of flagged responses, an evaluator's
 * accept or exclude, and decisions on operators' void requests. Every decision is audited.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    CampaignService campaigns;

    @Inject
    ResponseService responses;

    @Inject
    VoidRequests voidRequests;

    @Inject
    SubmissionGuard guard;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    /** A proof-of-work challenge for an open campaign; callers who do not manage the unit need its form token. */
    public Challenge challenge(UUID campaignId, String formToken) {
        Campaign campaign = campaigns.find(campaignId);
        if (!campaigns.canManage(campaign.unitId)) {
            guard.requireFormToken(campaign, formToken);
        }
        if (!campaign.isOpen()) {
            throw ProblemException.conflict("Campaign " + campaign.id + " is closed and accepts no responses");
        }
        return proofOfWork.issue(campaign.id);
    }

    /** The campaign's responses waiting for review, oldest first; for evaluators of the region and admins. */
    public PageView<FlaggedResponse> queue(UUID campaignId, int page, int size) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireReview(campaign.unitId);
        Number total = (Number) em.createNativeQuery("select count(*) from survey_response where campaign_id = ?1 "
                        + "and review_state = 'FLAGGED' and not voided")
                .setParameter(1, campaignId)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select client_id, namespace, channel, "
                        + "array_to_string(quality_flags, ','), answers::text, batch_reference, submitted_at "
                        + "from survey_response where campaign_id = ?1 and review_state = 'FLAGGED' and not voided "
                        + "order by id limit ?2 offset ?3")
                .setParameter(1, campaignId)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .getResultList();
        List<FlaggedResponse> items = rows.stream()
                .map(r -> new FlaggedResponse(
                        campaignId,
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        Arrays.asList(((String) r[3]).split(",")),
                        answers((String) r[4]),
                        (String) r[5],
                        instant(r[6])))
                .toList();
        return new PageView<>(items, page, size, total.longValue());
    }

    /** Accepts (into the tally) or excludes a flagged response, with the reviewer's reason. */
    @Transactional
    public ReviewResult decide(UUID campaignId, String responseId, String namespace, String decision, String reason) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireReview(campaign.unitId);
        String resolved = responses.resolveNamespace(campaignId, responseId, namespace);
        boolean accept = "ACCEPT".equals(decision);
        CampaignTally tally =
                responses.applyReview(campaign, resolved, responseId, accept, reason.trim(), caller.name());
        voidRequests.audit(campaignId, responseId, resolved, accept ? "ACCEPTED" : "EXCLUDED", reason.trim());
        Log.infof("campaign %s: flagged response %s", campaignId, accept ? "accepted" : "excluded");
        return new ReviewResult(
                campaignId,
                responseId,
                resolved,
                accept ? "ACCEPTED" : "EXCLUDED",
                caller.name(),
                Instant.now(),
                tally.respondents,
                tally.flagged,
                tally.excluded);
    }

    /** A campaign's void requests, for whoever manages its unit. */
    public List<VoidRequestView> voidRequests(UUID campaignId, String state) {
        Campaign campaign = campaigns.find(campaignId);
        campaigns.requireManage(campaign.unitId);
        return voidRequests.ofCampaign(campaignId, state);
    }

    /** Approves an operator's void request (an evaluator of the region or admin, never the requester). */
    @Transactional
    public VoidResult approveVoid(UUID requestId, String reason) {
        VoidRequestView request = decidable(requestId);
        voidRequests.decide(requestId, "APPROVED", reason.trim());
        voidRequests.audit(
                request.campaignId(), request.responseId(), request.namespace(), "VOID_APPROVED", reason.trim());
        return responses.applyVoid(
                campaigns.find(request.campaignId()),
                request.namespace(),
                request.responseId(),
                request.reason(),
                caller.name());
    }

    /** Rejects an operator's void request; the response stays as it is. */
    @Transactional
    public VoidRequestView rejectVoid(UUID requestId, String reason) {
        VoidRequestView request = decidable(requestId);
        voidRequests.decide(requestId, "REJECTED", reason.trim());
        voidRequests.audit(
                request.campaignId(), request.responseId(), request.namespace(), "VOID_REJECTED", reason.trim());
        return voidRequests.get(requestId);
    }

    private VoidRequestView decidable(UUID requestId) {
        VoidRequestView request = voidRequests.get(requestId);
        campaigns.requireReview(campaigns.find(request.campaignId()).unitId);
        if (caller.name().equals(request.requestedBy())) {
            throw ProblemException.forbidden("A void request is decided by someone other than its requester");
        }
        return request;
    }

    private Map<String, Integer> answers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Integer>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
