package id.rapor.survey.tally;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each campaign's running tally (respondents, per item sums and counts, groups, score moments) and publishes
 * it as SurveyTallyChanged with a monotonically increasing version. Accepted requests only append a
 * {@link TallyChange} in their own transaction ({@link #record}); after their commit {@link #drain} folds every
 * committed change under the tally row lock and publishes one event for all of them, so writers of one campaign
 * never wait on each other and the events stay in tally order. Voids, reviews, sweeps and status changes take the
 * lock ({@link #lock}), which folds what is waiting first.
 */
@ApplicationScoped
public class TallyService {

    @Inject
    TallyRepository tallies;

    @Inject
    OutboxWriter outbox;

    @Inject
    ScoreTallies scores;

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    ObjectMapper json;

    /** Creates the empty tally of a new campaign. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create(UUID campaignId) {
        CampaignTally tally = new CampaignTally();
        tally.campaignId = campaignId;
        tally.tallyVersion = 0;
        tally.respondents = 0;
        scores.start(tally);
        tally.updatedAt = Instant.now();
        tallies.persist(tally);
    }

    /**
     * Locks the campaign's tally with every committed change folded in (and published); voids, reviews and status
     * changes of one campaign run one at a time behind this lock (new responses do not take it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally lock(UUID campaignId) {
        CampaignTally tally = tallies.lock(campaignId);
        if (fold(tally)) {
            Campaign campaign = campaigns.findById(campaignId);
            publish(tally, campaign, questionnaires.findById(campaign.questionnaireId));
        }
        return tally;
    }

    /** Appends a change of the campaign's tally, folded after the caller's commit by {@link #drain}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID campaignId, TallyChange change) {
        if (!change.isEmpty()) {
            tallies.appendChange(campaignId, change.respondents(), change.flagged(), change.toJson(json));
        }
    }

    /**
     * Folds the campaign's committed changes into its tally and publishes it, in transactions of its own, until
     * none is left or another folder holds the lock (which then re-checks after its own commit, so a change
     * committed while it folds is never left behind).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void drain(UUID campaignId) {
        for (int round = 0; round < 100; round++) {
            Boolean again = QuarkusTransaction.requiringNew().call(() -> {
                Optional<CampaignTally> locked = tallies.tryLockWithChanges(campaignId);
                if (locked.isEmpty()) {
                    return false;
                }
                if (fold(locked.get())) {
                    Campaign campaign = campaigns.findById(campaignId);
                    publish(locked.get(), campaign, questionnaires.findById(campaign.questionnaireId));
                }
                return true;
            });
            if (!again) {
                return;
            }
        }
    }

    /**
     * Folds changes left behind for a while (their writer stopped between its commit and its fold, or folded on
     * another instance that went away).
     */
    @Scheduled(every = "2s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void foldLeftovers() {
        for (UUID campaignId : QuarkusTransaction.requiringNew().call(() -> tallies.campaignsWithOldChanges(2))) {
            drain(campaignId);
        }
    }

    /** {respondents, flagged} of the campaign counting the changes not folded yet (the caller's own included). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] current(UUID campaignId) {
        CampaignTally tally = tallies.findById(campaignId);
        long[] pending = tallies.pending(campaignId);
        return new long[] {tally.respondents + pending[0], tally.flagged + pending[1]};
    }

    /** Adds the committed changes waiting for the locked tally to it; true when there were some. */
    private boolean fold(CampaignTally tally) {
        List<Object[]> rows = tallies.takeChanges(tally.campaignId);
        if (rows.isEmpty()) {
            return false;
        }
        TallyChange sum = new TallyChange();
        for (Object[] row : rows) {
            sum.plus(TallyChange.fromJson(
                    json, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]));
        }
        tallies.addToItems(tally.campaignId, sum.items);
        tallies.addToGroups(tally.campaignId, sum.groups, sum.groupItems);
        scores.apply(tally, new ScoreTallies.Change(sum.score, sum.groupScores));
        tally.respondents += sum.respondents;
        tally.flagged += sum.flagged;
        tally.excluded += sum.excluded;
        return true;
    }

    /** Applies a delta to a locked tally and publishes the new state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally apply(CampaignTally tally, TallyDelta delta, Campaign campaign, Questionnaire questionnaire) {
        tallies.addToItems(tally.campaignId, delta.items());
        tallies.addToGroups(tally.campaignId, delta);
        scores.apply(tally, delta, questionnaire);
        tally.respondents += delta.respondents();
        return publish(tally, campaign, questionnaire);
    }

    /** Bumps the version and appends the campaign's full tally to the outbox (also used on close and reopen). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally publish(CampaignTally tally, Campaign campaign, Questionnaire questionnaire) {
        tally.tallyVersion++;
        tally.updatedAt = Instant.now();
        tallies.flush();
        Map<String, long[]> totals = tallies.itemTotals(List.of(campaign.id));
        List<SurveyTallyChanged.ItemTally> items = questionnaire.items.stream()
                .map(item -> {
                    long[] sc = totals.getOrDefault(item.code, new long[2]);
                    return new SurveyTallyChanged.ItemTally(
                            item.code,
                            item.weightValue().toString(),
                            sc[0],
                            sc[1],
                            questionnaire.scaleMin,
                            questionnaire.scaleMax);
                })
                .toList();
        outbox.append(new SurveyTallyChanged(
                UUID.randomUUID(),
                SurveyTallyChanged.TYPE,
                SurveyTallyChanged.SCHEMA_VERSION,
                tally.updatedAt,
                campaign.id,
                tally.tallyVersion,
                campaign.unitId,
                campaign.period,
                questionnaire.code,
                questionnaire.version,
                questionnaire.regulation,
                campaign.status,
                campaign.population,
                tally.respondents,
                items,
                questionnaire.scale(),
                questionnaire.basis(),
                tally.flagged,
                tally.excluded,
                scores.event(tally)));
        return tally;
    }

    /** The tally of one campaign, unlocked (for reads). */
    public CampaignTally find(UUID campaignId) {
        return tallies.findById(campaignId);
    }

    /** Per item {sum, count} summed over campaigns. */
    public Map<String, long[]> itemTotals(List<UUID> campaignIds) {
        return tallies.itemTotals(campaignIds);
    }

    /** Respondents per demographic group summed over campaigns. */
    public Map<TallyDelta.GroupKey, Long> groupRespondents(List<UUID> campaignIds) {
        return tallies.groupRespondents(campaignIds);
    }

    /** Per demographic group the per item {sum, count}, summed over campaigns. */
    public Map<TallyDelta.GroupKey, Map<String, long[]>> groupItemTotals(List<UUID> campaignIds) {
        return tallies.groupItemTotals(campaignIds);
    }

    /** {flagged, excluded} summed over campaigns. */
    public long[] qualityCounts(List<UUID> campaignIds) {
        return tallies.qualityCounts(campaignIds);
    }

    /** Respondents summed over campaigns. */
    public long respondents(List<UUID> campaignIds) {
        return tallies.respondents(campaignIds);
    }
}
