package id.rapor.survey.tally;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills the score moments of campaigns whose responses arrived before the moments were kept: once, at start-up,
 * each campaign under its tally lock from its counted responses, then publishes the tally so the ranking gets them.
 * Campaigns being written meanwhile wait on the lock; a campaign already filled (by another instance) is skipped.
 */
@ApplicationScoped
public class ScoreBackfill {

    private static final TypeReference<Map<String, Integer>> ANSWERS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    TallyRepository tallies;

    @Inject
    TallyService tallyService;

    @Inject
    ScoreTallies scores;

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        List<UUID> pending = QuarkusTransaction.requiringNew().call(this::pending);
        for (UUID campaignId : pending) {
            QuarkusTransaction.requiringNew().run(() -> backfill(campaignId));
        }
        if (!pending.isEmpty()) {
            Log.infof("score moments filled for %d campaigns", pending.size());
        }
    }

    /** Campaigns whose moments are not kept yet. */
    @SuppressWarnings("unchecked")
    List<UUID> pending() {
        return em.createNativeQuery("select campaign_id from campaign_tally where score_count is null", UUID.class)
                .getResultList();
    }

    /** Computes one campaign's moments from its counted responses (joins or starts a transaction). */
    @Transactional
    public void backfill(UUID campaignId) {
        CampaignTally tally = tallies.lock(campaignId);
        if (tally.scoreCount != null) {
            return;
        }
        Campaign campaign = campaigns.findById(campaignId);
        Questionnaire questionnaire = questionnaires.findById(campaign.questionnaireId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select answers::text, gender, age_band, education, occupation, "
                        + "service_used from survey_response where campaign_id = ?1 and not voided "
                        + "and review_state in ('COUNTED', 'ACCEPTED')")
                .setParameter(1, campaignId)
                .getResultList();
        TallyDelta delta = new TallyDelta();
        for (Object[] row : rows) {
            Map<String, String> demographics = new HashMap<>();
            for (int i = 0; i < TallyDelta.DIMENSIONS.size(); i++) {
                demographics.put(TallyDelta.DIMENSIONS.get(i), (String) row[i + 1]);
            }
            delta.add(read((String) row[0]), demographics, 1);
        }
        scores.replace(tally, ScoreTallies.change(delta, ScoreTallies.weights(questionnaire)));
        tallyService.publish(tally, campaign, questionnaire);
    }

    private Map<String, Integer> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers are not readable", e);
        }
    }
}
