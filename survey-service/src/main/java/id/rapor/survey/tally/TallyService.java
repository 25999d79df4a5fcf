package id.rapor.survey.tally;

import id.rapor.events.SurveyTallyChanged;
import id.rapor.platform.outbox.OutboxWriter;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.questionnaire.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps each campaign's running tally (respondents, per item sums and counts) in the transaction of every
 * accepted request, and publishes it as SurveyTallyChanged with a monotonically increasing version.
 */
@ApplicationScoped
public class TallyService {

    @Inject
    TallyRepository tallies;

    @Inject
    OutboxWriter outbox;

    @Inject
    ScoreTallies scores;

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

    /** Locks the campaign's tally; ingestion and voids of one campaign run one at a time behind this lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally lock(UUID campaignId) {
        return tallies.lock(campaignId);
    }

    /** Applies a delta to a locked tally and publishes the new state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignTally apply(CampaignTally tally, TallyDelta delta, Campaign campaign, Questionnaire questionnaire) {
        for (Map.Entry<String, long[]> item : delta.items().entrySet()) {
            tallies.addToItem(tally.campaignId, item.getKey(), item.getValue()[0], item.getValue()[1]);
        }
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
