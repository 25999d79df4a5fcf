package id.rapor.survey.integrity;

import id.rapor.platform.error.ProblemException;
import id.rapor.platform.security.Caller;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.integrity.IntegrityDtos.VoidRequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Void requests filed by a unit's operator and their audit trail; deciding them lives in {@link ReviewService}. */
@ApplicationScoped
public class VoidRequests {

    /** Waiting for an evaluator of the region or an admin. */
    public static final String PENDING = "PENDING";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** Files a request to void a response (the response must exist); a pending one for it is returned as is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public VoidRequestView request(Campaign campaign, String responseId, String namespace, String reason) {
        Number exists = (Number) em.createNativeQuery("select count(*) from survey_response where campaign_id = ?1 "
                        + "and namespace = ?2 and client_id = ?3")
                .setParameter(1, campaign.id)
                .setParameter(2, namespace)
                .setParameter(3, responseId)
                .getSingleResult();
        if (exists.longValue() == 0) {
            throw ProblemException.notFound("Response", responseId);
        }
        List<VoidRequestView> pending = find(
                "campaign_id = ?1 and namespace = ?2 and client_id = ?3 and state = '" + PENDING + "'",
                campaign.id,
                namespace,
                responseId);
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        em.createNativeQuery("insert into void_request (id, campaign_id, namespace, client_id, reason, requested_by, "
                        + "requested_at, state) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id)
                .setParameter(2, campaign.id)
                .setParameter(3, namespace)
                .setParameter(4, responseId)
                .setParameter(5, reason)
                .setParameter(6, caller.name())
                .setParameter(7, now)
                .setParameter(8, PENDING)
                .executeUpdate();
        audit(campaign.id, responseId, namespace, "VOID_REQUESTED", reason);
        return get(id);
    }

    /** One request, or 404. */
    public VoidRequestView get(UUID id) {
        return find("id = ?1", id).stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Void request", id));
    }

    /** A campaign's requests, optionally in one state, newest first. */
    public List<VoidRequestView> ofCampaign(UUID campaignId, String state) {
        return state == null
                ? find("campaign_id = ?1", campaignId)
                : find("campaign_id = ?1 and state = ?2", campaignId, state);
    }

    /** Records the decision on a pending request; 409 when it was decided already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(UUID id, String state, String reason) {
        int updated = em.createNativeQuery("update void_request set state = ?1, decided_by = ?2, decided_at = ?3, "
                        + "decision_reason = ?4 where id = ?5 and state = '" + PENDING + "'")
                .setParameter(1, state)
                .setParameter(2, caller.name())
                .setParameter(3, Instant.now())
                .setParameter(4, reason)
                .setParameter(5, id)
                .executeUpdate();
        if (updated == 0) {
            throw ProblemException.conflict("Void request " + id + " was already decided");
        }
    }

    /** Appends one line to the integrity audit trail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void audit(UUID campaignId, String responseId, String namespace, String action, String reason) {
        em.createNativeQuery("insert into integrity_audit (campaign_id, response_id, namespace, action, reason, "
                        + "actor, at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, campaignId)
                .setParameter(2, responseId)
                .setParameter(3, namespace)
                .setParameter(4, action)
                .setParameter(5, reason)
                .setParameter(6, caller.name())
                .setParameter(7, Instant.now())
                .executeUpdate();
    }

    private List<VoidRequestView> find(String where, Object... params) {
        var query = em.createNativeQuery("select id, campaign_id, client_id, namespace, reason, requested_by, "
                + "requested_at, state, decided_by, decided_at, decision_reason from void_request where " + where
                + " order by requested_at desc");
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new VoidRequestView(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        instant(r[6]),
                        (String) r[7],
                        (String) r[8],
                        instant(r[9]),
                        (String) r[10]))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException(
                "unexpected time type " + value.getClass().getSimpleName());
    }
}
