package id.rapor.survey.result;

import id.rapor.events.Period;
import id.rapor.platform.error.ProblemException;
import id.rapor.platform.publication.PublicationKey;
import id.rapor.platform.publication.Publications;
import id.rapor.platform.publication.StoredPublication;
import id.rapor.scoring.Grading;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.KrejcieMorgan;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import id.rapor.survey.campaign.Campaign;
import id.rapor.survey.campaign.CampaignRepository;
import id.rapor.survey.campaign.CampaignService;
import id.rapor.survey.integrity.IntegrityConfig;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.questionnaire.QuestionnaireRepository;
import id.rapor.survey.result.ResultDtos.Group;
import id.rapor.survey.result.ResultDtos.ItemResult;
import id.rapor.survey.result.ResultDtos.PublicationRef;
import id.rapor.survey.result.ResultDtos.PublishedResult;
import id.rapor.survey.result.ResultDtos.ResultView;
import id.rapor.survey.result.ResultDtos.Sample;
import id.rapor.survey.tally.CampaignTally;
import id.rapor.survey.tally.TallyDelta;
import id.rapor.survey.tally.TallyService;
import id.rapor.survey.vocabulary.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes results from the running tallies (never from all rows) with exact fractions: NRR, NRR tertimbang,
 * IKM on 1–4 and 25–100, mutu and zone by the questionnaire's grading (its decimals, then its own bands).
 * Demographic breakdowns come from the per-group tallies.
 */
@ApplicationScoped
public class ResultService {

    @Inject
    ResultConfig config;

    @Inject
    CampaignRepository campaigns;

    @Inject
    QuestionnaireRepository questionnaires;

    @Inject
    TallyService tallies;

    @Inject
    CampaignService campaignService;

    @Inject
    IntegrityConfig integrity;

    @Inject
    ResultIntervals intervals;

    @Inject
    Vocabulary vocabulary;

    @Inject
    Publications publications;

    /** The publication kind of a unit's survey result over a period. */
    public static final String PUBLICATION_KIND = "survey-result";

    /** The publication key of {@code unitId}'s result over {@code period}. */
    public static PublicationKey publicationKey(UUID unitId, Period period) {
        return new PublicationKey(PUBLICATION_KIND, unitId.toString(), period.text());
    }

    /**
     * The result of one campaign: live for the unit's managers (raw breakdowns for its reviewers), next to the version
     * published now; for everyone else the campaign as published with its unit's period (or the year pooling it),
     * 404 {@code not-published} while there is none.
     */
    public ResultView campaign(UUID campaignId, boolean breakdowns) {
        Campaign campaign = campaigns
                .findByIdOptional(campaignId)
                .orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
        Optional<Published> published = publishedCampaign(campaign, Instant.now());
        if (campaignService.canManage(campaign.unitId)) {
            return liveCampaign(campaignId, breakdowns, campaignService.canReview(campaign.unitId))
                    .withPublication(published.map(Published::ref).orElse(null));
        }
        Published p = published.orElseThrow(() -> Publications.notPublished("The result of campaign " + campaignId));
        ResultView view = p.content().campaigns().stream()
                .filter(c -> c.campaignIds().contains(campaignId))
                .findFirst()
                .orElseThrow()
                .withPublication(p.ref());
        return breakdowns ? view : view.withoutBreakdowns();
    }

    /**
     * The result of a unit over its campaigns of {@code period} (a year pools the campaigns inside it): live for the
     * unit's managers (its operator, evaluators of its region, admins) next to the version published now; for
     * everyone else the published snapshot, 404 {@code not-published} while there is none.
     */
    public ResultView unit(UUID unitId, String periodText, boolean breakdowns) {
        Period period = period(periodText);
        Optional<StoredPublication> current = publications.current(publicationKey(unitId, period), Instant.now());
        if (campaignService.canManage(unitId)) {
            return liveUnit(unitId, period, breakdowns, campaignService.canReview(unitId))
                    .withPublication(
                            current.map(s -> PublicationRef.of(s.view())).orElse(null));
        }
        StoredPublication stored = current.orElseThrow(
                () -> Publications.notPublished("The survey result of unit " + unitId + " for " + period.text()));
        ResultView view = publications
                .content(stored, PublishedResult.class)
                .unit()
                .withPublication(PublicationRef.of(stored.view()));
        return breakdowns ? view : view.withoutBreakdowns();
    }

    /**
     * What a publication of the unit's result over {@code period} holds: the pooled result and each campaign's, each
     * computed on the same path as every reader without raw access sees results (privacy floor applied); 404 when the
     * unit has no campaign in the period.
     */
    public PublishedResult publicSnapshot(UUID unitId, Period period) {
        ResultView unit = liveUnit(unitId, period, true, false);
        List<ResultView> perCampaign = unit.campaignIds().stream()
                .map(id -> liveCampaign(id, true, false))
                .toList();
        return new PublishedResult(unit, perCampaign);
    }

    /**
     * The unit's result as a handed-in document prints it: live, with demographic groups always under the public
     * privacy floor (groups below the minimum size merged, or hidden while the merged group is still too small),
     * because a document leaves Rapor. Callers check that the caller manages the unit.
     */
    public ResultView forDocument(UUID unitId, String periodText) {
        return liveUnit(unitId, period(periodText), true, false);
    }

    /**
     * The live result of a unit over its campaigns of {@code period}, without breakdowns, for what the service derives
     * from results (follow-up proposals and outcomes, SKM facts); 404 when the unit has no campaign in the period.
     */
    public ResultView current(UUID unitId, Period period) {
        return liveUnit(unitId, period, false, false);
    }

    /** The live result of one campaign, without breakdowns, for what the service derives from results. */
    public ResultView currentCampaign(UUID campaignId) {
        return liveCampaign(campaignId, false, false);
    }

    private static Period period(String text) {
        try {
            return Period.require(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("period", e.getMessage());
        }
    }

    /** A published unit result read back, with its stamp. */
    private record Published(PublishedResult content, PublicationRef ref) {}

    /**
     * The snapshot readers see of a campaign: published with its unit's result for the campaign's own period, else for
     * the year that pools it.
     */
    private Optional<Published> publishedCampaign(Campaign campaign, Instant now) {
        Period own = Period.parse(campaign.period).orElse(null);
        if (own == null) {
            return Optional.empty();
        }
        List<Period> candidates = new ArrayList<>(List.of(own));
        Period year = Period.year(own.year());
        if (!year.text().equals(own.text())) {
            candidates.add(year);
        }
        for (Period candidate : candidates) {
            Optional<StoredPublication> stored = publications.current(publicationKey(campaign.unitId, candidate), now);
            if (stored.isPresent()) {
                PublishedResult content = publications.content(stored.get(), PublishedResult.class);
                if (content.campaigns().stream().anyMatch(c -> c.campaignIds().contains(campaign.id))) {
                    return Optional.of(new Published(
                            content, PublicationRef.of(stored.get().view())));
                }
            }
        }
        return Optional.empty();
    }

    private ResultView liveCampaign(UUID campaignId, boolean breakdowns, boolean raw) {
        Campaign campaign = campaigns
                .findByIdOptional(campaignId)
                .orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
        Questionnaire q = questionnaires.findById(campaign.questionnaireId);
        CampaignTally tally = tallies.find(campaignId);
        List<UUID> ids = List.of(campaignId);
        return build(
                campaign.unitId,
                ids,
                campaign.period,
                campaign.status,
                q,
                tally.respondents,
                tally.tallyVersion,
                tallies.itemTotals(ids),
                campaign.population,
                breakdowns,
                raw,
                null);
    }

    /**
     * The result of a unit over its campaigns in {@code period}, from their summed tallies: every campaign whose
     * period lies inside it, so a year pools its semesters or quarters (Σ sums ÷ Σ counts per unsur).
     */
    private ResultView liveUnit(UUID unitId, Period requested, boolean breakdowns, boolean raw) {
        String period = requested.text();
        List<Campaign> found = campaigns.findByUnitWithin(unitId, requested);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Campaigns of unit " + unitId + " in period", period);
        }
        UUID questionnaireId = found.get(0).questionnaireId;
        if (found.stream().anyMatch(c -> !c.questionnaireId.equals(questionnaireId))) {
            throw ProblemException.businessRule(
                    "period",
                    "the unit's campaigns of " + period
                            + " use different questionnaire versions; read their results per campaign");
        }
        Questionnaire q = questionnaires.findById(questionnaireId);
        List<UUID> ids = found.stream().map(c -> c.id).toList();
        Long population = found.stream().allMatch(c -> c.population != null)
                ? found.stream().mapToLong(c -> c.population).sum()
                : null;
        return build(
                unitId,
                ids,
                period,
                null,
                q,
                tallies.respondents(ids),
                null,
                tallies.itemTotals(ids),
                population,
                // Differencing: a pooled period minus one of its campaigns is the other campaigns. Breakdowns are
                // published on the campaigns themselves (disjoint sets of responses) and never on a pooling of
                // several, so no group hidden in one campaign can be recovered by subtracting two results.
                breakdowns && (raw || ids.size() == 1),
                raw,
                breakdowns && !raw && ids.size() > 1 ? POOLED_BREAKDOWNS : null);
    }

    /** Why a pooled period shows no breakdowns to readers without raw access. */
    static final String POOLED_BREAKDOWNS = "breakdowns of a period that pools several campaigns are published per "
            + "campaign only, so that no small group can be recovered by subtracting one result from another";

    private ResultView build(
            UUID unitId,
            List<UUID> campaignIds,
            String period,
            String status,
            Questionnaire q,
            long respondents,
            Long tallyVersion,
            Map<String, long[]> totals,
            Long population,
            boolean breakdowns,
            boolean raw,
            String breakdownNote) {
        long[] quality = tallies.qualityCounts(campaignIds);
        List<ItemResult> items = new ArrayList<>();
        Optional<Ikm.Result> ikm = compute(q, totals);
        for (Questionnaire.Item item : q.items) {
            long[] sc = totals.getOrDefault(item.code, new long[2]);
            Optional<Ikm.ItemResult> r = ikm.flatMap(res ->
                    res.items().stream().filter(i -> i.code().equals(item.code)).findFirst());
            items.add(new ItemResult(
                    item.code,
                    item.name,
                    item.weightValue().toString(),
                    sc[0],
                    sc[1],
                    r.map(i -> i.nrr().toDecimal(2))
                            .orElse(
                                    sc[1] == 0
                                            ? null
                                            : Rational.of(sc[0], sc[1]).toDecimal(2)),
                    r.map(i -> i.weightedNrr().toDecimal(4)).orElse(null)));
        }
        Grading.Grade grade = ikm.map(r -> q.grading().grade(r.ikmKonversi())).orElse(null);
        BigDecimal konversi = grade == null ? null : grade.value();
        Sample sample = population == null ? new Sample(null, null, null) : sampleOf(population, respondents);
        String note = ikm.isPresent()
                ? (q.bands.isEmpty() ? "the questionnaire has no confirmed grade bands" : null)
                : respondents == 0 ? "no responses yet" : "not every item has an answer yet";
        if (breakdownNote != null) {
            note = note == null ? breakdownNote : note + "; " + breakdownNote;
        }
        return new ResultView(
                unitId,
                campaignIds,
                period,
                status,
                q.code,
                q.version,
                q.regulation,
                q.confirmed,
                respondents,
                tallyVersion,
                items,
                ikm.map(r -> r.ikm().toDecimal(4)).orElse(null),
                ikm.map(r -> r.ikm().toString()).orElse(null),
                konversi,
                grade == null ? null : grade.code(),
                grade == null ? null : grade.label(),
                grade == null ? null : grade.zone(),
                q.basis(),
                sample,
                breakdowns ? breakdowns(q, unitId, campaignIds, raw) : null,
                note,
                quality[0],
                quality[1],
                dataQuality(respondents, quality[0], quality[1]),
                null,
                intervals.overall(q, ikm.map(Ikm.Result::ikm).orElse(null), campaignIds, population));
    }

    /** OK, REVIEW_PENDING or LOW (flagged and excluded above the threshold share of all responses). */
    private String dataQuality(long counted, long flagged, long excluded) {
        long all = counted + flagged + excluded;
        if (all > 0 && (double) (flagged + excluded) / all > integrity.flags().qualityThreshold()) {
            return "LOW";
        }
        return flagged > 0 ? "REVIEW_PENDING" : "OK";
    }

    private static Sample sampleOf(long population, long respondents) {
        long minimum = KrejcieMorgan.minimumSample(population);
        return new Sample(population, minimum, respondents >= minimum);
    }

    /** IKM from per item totals, or empty while some item has no answer (the index is then undefined). */
    private static Optional<Ikm.Result> compute(Questionnaire q, Map<String, long[]> totals) {
        List<Ikm.ItemStat> stats = new ArrayList<>();
        for (Questionnaire.Item item : q.items) {
            long[] sc = totals.get(item.code);
            if (sc == null || sc[1] <= 0) {
                return Optional.empty();
            }
            stats.add(new Ikm.ItemStat(item.code, item.weightValue(), sc[0], sc[1]));
        }
        return Optional.of(Ikm.compute(stats));
    }

    /**
     * Breakdowns per dimension, by the vocabulary's terms (free text counts as "Lainnya"). Readers with access to raw
     * responses see every group (small ones without an IKM). Everyone else sees groups below the minimum size merged
     * into one, and not even that when the merged group is still below the minimum. Because every respondent is in
     * exactly one group of a dimension, what is hidden is the total minus what is shown: so the hidden remainder is
     * never let below the minimum either, and the smallest shown groups join it until it is large enough
     * (complementary suppression).
     */
    private Map<String, List<Group>> breakdowns(Questionnaire q, UUID unitId, List<UUID> campaignIds, boolean raw) {
        Vocabulary.Mapping mapping = vocabulary.forCampaigns(unitId, campaignIds);
        Map<TallyDelta.GroupKey, Map<String, long[]>> sums = tallies.groupItemTotals(campaignIds);
        Map<TallyDelta.GroupKey, ScoreMoments> moments = intervals.groups(campaignIds);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, long[]>>> groupSums = new LinkedHashMap<>();
        Map<String, Map<String, ScoreMoments>> groupMoments = new LinkedHashMap<>();
        for (String dimension : TallyDelta.DIMENSIONS) {
            counts.put(dimension, new java.util.TreeMap<>());
            groupSums.put(dimension, new LinkedHashMap<>());
        }
        for (Map.Entry<TallyDelta.GroupKey, Long> group :
                tallies.groupRespondents(campaignIds).entrySet()) {
            String dimension = group.getKey().dimension();
            if (!counts.containsKey(dimension) || group.getValue() <= 0) {
                continue;
            }
            String value = mapping.group(dimension, group.getKey().value());
            counts.get(dimension).merge(value, group.getValue(), Long::sum);
            add(
                    groupSums.get(dimension).computeIfAbsent(value, v -> new LinkedHashMap<>()),
                    sums.getOrDefault(group.getKey(), Map.of()));
            groupMoments
                    .computeIfAbsent(dimension, d -> new LinkedHashMap<>())
                    .merge(value, moments.getOrDefault(group.getKey(), ScoreMoments.EMPTY), ScoreMoments::plus);
        }
        int minimum = config.minimumGroupSize();
        Map<String, List<Group>> result = new LinkedHashMap<>();
        for (String dimension : TallyDelta.DIMENSIONS) {
            List<Group> groups = new ArrayList<>();
            result.put(dimension, groups);
            Map<String, Long> dimensionCounts = counts.get(dimension);
            Map<String, ScoreMoments> dimensionMoments = groupMoments.getOrDefault(dimension, Map.of());
            if (raw) {
                dimensionCounts.forEach((value, n) -> groups.add(group(
                        q,
                        value,
                        n,
                        n < minimum ? Map.of() : groupSums.get(dimension).get(value),
                        n < minimum ? ScoreMoments.EMPTY : dimensionMoments.get(value))));
                continue;
            }
            List<String> shown = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            long hiddenCount = 0;
            for (Map.Entry<String, Long> group : dimensionCounts.entrySet()) {
                if (group.getValue() >= minimum) {
                    shown.add(group.getKey());
                } else {
                    hidden.add(group.getKey());
                    hiddenCount += group.getValue();
                }
            }
            shown.sort(java.util.Comparator.comparing(dimensionCounts::get));
            while (hiddenCount > 0 && hiddenCount < minimum && !shown.isEmpty()) {
                String smallest = shown.remove(0);
                hidden.add(smallest);
                hiddenCount += dimensionCounts.get(smallest);
            }
            shown.sort(null);
            for (String value : shown) {
                groups.add(group(
                        q,
                        value,
                        dimensionCounts.get(value),
                        groupSums.get(dimension).get(value),
                        dimensionMoments.get(value)));
            }
            if (hiddenCount >= minimum) {
                Map<String, long[]> merged = new LinkedHashMap<>();
                ScoreMoments mergedMoments = ScoreMoments.EMPTY;
                for (String value : hidden) {
                    add(merged, groupSums.get(dimension).get(value));
                    mergedMoments = mergedMoments.plus(dimensionMoments.getOrDefault(value, ScoreMoments.EMPTY));
                }
                groups.add(group(q, Group.MERGED, hiddenCount, merged, mergedMoments));
            }
        }
        return result;
    }

    private static void add(Map<String, long[]> into, Map<String, long[]> sums) {
        sums.forEach((item, sc) -> {
            long[] acc = into.computeIfAbsent(item, i -> new long[2]);
            acc[0] += sc[0];
            acc[1] += sc[1];
        });
    }

    /**
     * A group with its IKM on 25–100 as the questionnaire grades it (its decimals) and its interval, both null while
     * an item is unanswered (or, with no sums given, for a group too small to show its IKM).
     */
    private Group group(Questionnaire q, String value, long respondents, Map<String, long[]> sums, ScoreMoments m) {
        Optional<Ikm.Result> ikm = compute(q, sums);
        return new Group(
                value,
                respondents,
                ikm.map(r -> q.grading().grade(r.ikmKonversi()).value()).orElse(null),
                intervals.group(q, ikm.map(Ikm.Result::ikm).orElse(null), m));
    }
}
