package id.rapor.survey.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.questionnaire.QuestionnaireService;
import id.rapor.survey.response.ResponseWriter;
import id.rapor.survey.tally.CampaignTally;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.tally.TallyService;
import id.rapor.survey.vocabulary.Vocabulary;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Re-evaluates the quality flags of responses already counted, for what only shows after they arrived: a burst
 * whose first submissions came before the threshold was reached, or more respondents than the campaign's
 * population. A response newly flagged leaves the tally (and so the IKM and the published event) exactly as if it
 * had been flagged on arrival: under the campaign's tally lock, in one transaction with its SurveyTallyChanged in
 * the outbox. Idempotent: only COUNTED responses change, and only once; reviewed ones (ACCEPTED) are never touched.
 */
@ApplicationScoped
public class FlagSweep {

    /** Who the audit trail names for the sweep's decisions. */
    static final String ACTOR = "system:flag-sweep";

    @Inject
    EntityManager em;

    @Inject
    IntegrityConfig config;

    @Inject
    TallyService tallies;

    @Inject
    CampaignService campaigns;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    Vocabulary vocabulary;

    @Inject
    ObjectMapper mapper;

    @Inject
    ResponseWriter writer;

    /** Campaigns with counted single submissions in the last {@code lookBack}, or more responses than population. */
    @SuppressWarnings("unchecked")
    public List<UUID> candidates(Duration lookBack) {
        return em.createNativeQuery("select distinct r.campaign_id from survey_response r where r.review_state = "
                        + "'COUNTED' and r.client_key is not null and r.submitted_at > ?1 union select t.campaign_id "
                        + "from campaign_tally t join campaign c on c.id = t.campaign_id where c.population is not null "
                        + "and t.respondents + t.flagged > c.population")
                .setParameter(1, Timestamp.from(Instant.now().minus(lookBack)))
                .getResultList();
    }

    /** Re-evaluates one campaign; returns how many responses were newly flagged. */
    @Transactional
    public int sweep(UUID campaignId) {
        CampaignTally tally = tallies.lock(campaignId);
        Campaign campaign = campaigns.find(campaignId);
        Map<Long, String> found = new LinkedHashMap<>();
        for (Long id : burstMembers(campaignId)) {
            found.put(id, QualityFlags.BURST);
        }
        if (campaign.population != null) {
            for (Long id : beyondPopulation(campaignId, campaign.population)) {
                found.putIfAbsent(id, QualityFlags.BEYOND_POPULATION);
            }
        }
        if (found.isEmpty()) {
            return 0;
        }
        Vocabulary.Mapping groups = vocabulary.forCampaign(campaign);
        TallyDelta delta = new TallyDelta();
        int flagged = 0;
        for (Map.Entry<Long, String> entry : found.entrySet()) {
            Flagged row = flag(campaignId, entry.getKey(), entry.getValue());
            if (row == null) {
                continue;
            }
            delta.add(row.answers(), groups.groups(row.demographics()), -1);
            audit(campaignId, row, entry.getValue());
            flagged++;
        }
        if (flagged > 0) {
            tally.flagged += flagged;
            tallies.apply(tally, delta, campaign, questionnaires.find(campaign.questionnaireId));
            Log.infof("campaign %s: flag sweep held %d counted responses for review", campaignId, flagged);
        }
        return flagged;
    }

    /**
     * Counted responses inside some window of {@code burst-window} that holds at least {@code burst-count}
     * submissions of the same client to the campaign.
     */
    private List<Long> burstMembers(UUID campaignId) {
        Duration window = config.flags().burstWindow();
        Instant since = Instant.now().minus(lookBack());
        // r is a counted response inside the window starting at s, a submission of the same client whose window
        // holds burst-count submissions; every lookup runs on the (campaign, client, time) index.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct r.id from survey_response r join survey_response s on "
                        + "s.campaign_id = r.campaign_id and s.client_key = r.client_key and r.submitted_at >= "
                        + "s.submitted_at and r.submitted_at < s.submitted_at + make_interval(secs => ?2) where "
                        + "r.campaign_id = ?1 and r.client_key is not null and r.review_state = 'COUNTED' and not "
                        + "r.voided and r.submitted_at > cast(?4 as timestamptz) and s.submitted_at > "
                        + "cast(?4 as timestamptz) - make_interval(secs => ?2) and "
                        + "(select count(*) from survey_response o where o.campaign_id = ?1 and o.client_key = "
                        + "s.client_key and o.submitted_at >= s.submitted_at and o.submitted_at < s.submitted_at + "
                        + "make_interval(secs => ?2)) >= ?3 order by r.id")
                .setParameter(1, campaignId)
                .setParameter(2, (double) window.toMillis() / 1000)
                .setParameter(3, config.flags().burstCount())
                .setParameter(4, Timestamp.from(since))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** How far back the sweep looks: two burst windows, so a burst that straddles two rounds is seen whole. */
    private Duration lookBack() {
        return config.flags().burstWindow().multipliedBy(2);
    }

    /** Counted responses after the first {@code population} of the campaign (voided and excluded ones aside). */
    private List<Long> beyondPopulation(UUID campaignId, long population) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from (select id, review_state, row_number() over (order by "
                        + "id) as n from survey_response where campaign_id = ?1 and not voided and review_state <> "
                        + "'EXCLUDED') x where n > ?2 and review_state = 'COUNTED' order by id")
                .setParameter(1, campaignId)
                .setParameter(2, population)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private record Flagged(
            String clientId, String namespace, Map<String, Integer> answers, Map<String, String> demographics) {}

    /** Marks one response FLAGGED with the flag, unless it is no longer COUNTED; returns what it held. */
    private Flagged flag(UUID campaignId, long id, String flag) {
        String[] key = em.unwrap(Session.class).doReturningWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update survey_response set review_state = 'FLAGGED', "
                    + "quality_flags = case when ? = any(quality_flags) then quality_flags else "
                    + "array_append(quality_flags, ?) end where id = ? and review_state = 'COUNTED' and not voided "
                    + "returning client_id, namespace")) {
                ps.setString(1, flag);
                ps.setString(2, flag);
                ps.setLong(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
                }
            }
        });
        if (key == null) {
            return null;
        }
        ResponseWriter.StoredResponse stored =
                writer.findForUpdate(campaignId, key[1], key[0]).orElseThrow();
        return new Flagged(key[0], key[1], answers(stored.answersJson()), stored.demographics());
    }

    private void audit(UUID campaignId, Flagged row, String flag) {
        em.createNativeQuery("insert into integrity_audit (campaign_id, response_id, namespace, action, reason, actor, "
                        + "at) values (?1, ?2, ?3, 'FLAGGED_BY_SWEEP', ?4, ?5, ?6)")
                .setParameter(1, campaignId)
                .setParameter(2, row.clientId())
                .setParameter(3, row.namespace())
                .setParameter(4, flag)
                .setParameter(5, ACTOR)
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private Map<String, Integer> answers(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Integer>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable", e);
        }
    }

    /** Sweeps every candidate campaign, each in its own transaction; returns the responses newly flagged. */
    public int sweepRecent() {
        int total = 0;
        List<UUID> ids = new ArrayList<>(candidates(lookBack()));
        for (UUID id : ids) {
            try {
                total += sweep(id);
            } catch (RuntimeException e) {
                Log.warnf("flag sweep of campaign %s failed, retried next round: %s", id, e.getMessage());
            }
        }
        return total;
    }
}
