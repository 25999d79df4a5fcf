package id.rapor.survey.tally;

import id.rapor.events.SurveyTallyChanged;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import id.rapor.survey.questionnaire.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The respondents' score moments ({@link ScoreMoments}: count, Σ score, Σ score²) of each campaign and each of its
 * demographic groups, kept next to the item tallies under the campaign's tally lock: every response counted, voided,
 * accepted or excluded moves them in the same transaction, so a result's interval never reads raw rows.
 */
@ApplicationScoped
public class ScoreTallies {

    @Inject
    EntityManager em;

    /** Zero moments for a new campaign. */
    public void start(CampaignTally tally) {
        store(tally, ScoreMoments.EMPTY);
    }

    /** The questionnaire's item weights by code. */
    public static Map<String, Rational> weights(Questionnaire q) {
        Map<String, Rational> weights = new LinkedHashMap<>();
        q.items.forEach(item -> weights.put(item.code, item.weightValue()));
        return weights;
    }

    /**
     * Adds (and removes) the delta's respondents' scores to the locked tally's moments and its groups'. A campaign
     * whose moments are not backfilled yet is left alone: the backfill counts every counted response.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CampaignTally tally, TallyDelta delta, Questionnaire questionnaire) {
        if (tally.scoreCount == null || delta.scored().isEmpty()) {
            return;
        }
        Change change = change(delta, weights(questionnaire));
        store(tally, moments(tally).orElseThrow().plus(change.overall()));
        addToGroups(tally.campaignId, change.groups());
    }

    /** Adds summed score moments to the locked tally and its groups; left alone while not backfilled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CampaignTally tally, Change change) {
        if (tally.scoreCount == null
                || (change.overall().equals(ScoreMoments.EMPTY)
                        && change.groups().isEmpty())) {
            return;
        }
        store(tally, moments(tally).orElseThrow().plus(change.overall()));
        addToGroups(tally.campaignId, change.groups());
    }

    /** What a delta's respondents add to the moments, overall and per demographic group. */
    public record Change(ScoreMoments overall, Map<TallyDelta.GroupKey, ScoreMoments> groups) {}

    /** The moments the delta's respondents add (sign 1) or remove (sign -1) under the given item weights. */
    public static Change change(TallyDelta delta, Map<String, Rational> weights) {
        // Respondents share few distinct scores (answers on a short scale): each distinct score enters the moments
        // once with its net count, the same exact sums as adding respondents one by one.
        Function<Map<String, Integer>, Rational> scorer = ScoreMoments.scorer(weights);
        Map<Rational, long[]> overall = new HashMap<>();
        Map<TallyDelta.GroupKey, Map<Rational, long[]>> groups = new LinkedHashMap<>();
        for (TallyDelta.Scored s : delta.scored()) {
            Rational score = scorer.apply(s.answers());
            if (score == null) {
                continue;
            }
            overall.computeIfAbsent(score, k -> new long[1])[0] += s.sign();
            for (TallyDelta.GroupKey g : s.groups()) {
                groups.computeIfAbsent(g, k -> new HashMap<>()).computeIfAbsent(score, k -> new long[1])[0] += s.sign();
            }
        }
        Map<TallyDelta.GroupKey, ScoreMoments> groupMoments = new LinkedHashMap<>();
        groups.forEach((g, counts) -> groupMoments.put(g, moments(counts)));
        return new Change(moments(overall), groupMoments);
    }

    private static ScoreMoments moments(Map<Rational, long[]> netCounts) {
        ScoreMoments m = ScoreMoments.EMPTY;
        for (Map.Entry<Rational, long[]> e : netCounts.entrySet()) {
            m = m.withTimes(e.getKey(), e.getValue()[0]);
        }
        return m;
    }

    /** The moments as the tally event carries them; null while not backfilled. */
    public SurveyTallyChanged.ScoreTally event(CampaignTally tally) {
        return tally.scoreCount == null
                ? null
                : new SurveyTallyChanged.ScoreTally(tally.scoreCount, tally.scoreSum, tally.scoreSquareSum);
    }

    /** The campaign's moments; empty while not backfilled. */
    public static Optional<ScoreMoments> moments(CampaignTally tally) {
        return tally.scoreCount == null
                ? Optional.empty()
                : Optional.of(ScoreMoments.parse(tally.scoreCount, tally.scoreSum, tally.scoreSquareSum));
    }

    /** The moments summed over campaigns; empty when one of them is not backfilled yet. */
    public Optional<ScoreMoments> moments(Collection<UUID> campaignIds) {
        ScoreMoments total = ScoreMoments.EMPTY;
        for (UUID id : campaignIds) {
            CampaignTally tally = em.find(CampaignTally.class, id);
            Optional<ScoreMoments> m = tally == null ? Optional.empty() : moments(tally);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(m.get());
        }
        return Optional.of(total);
    }

    /** Per demographic group the moments summed over campaigns. */
    public Map<TallyDelta.GroupKey, ScoreMoments> groupMoments(Collection<UUID> campaignIds) {
        Map<TallyDelta.GroupKey, ScoreMoments> result = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select dimension, group_value, score_count, score_sum, "
                        + "score_square_sum from campaign_group_score_tally where campaign_id in (?1)")
                .setParameter(1, campaignIds)
                .getResultList();
        for (Object[] row : rows) {
            result.merge(
                    new TallyDelta.GroupKey((String) row[0], (String) row[1]),
                    ScoreMoments.parse(((Number) row[2]).longValue(), (String) row[3], (String) row[4]),
                    ScoreMoments::plus);
        }
        return result;
    }

    /** Replaces the campaign's moments and its groups' (the backfill; tally locked by the caller). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(CampaignTally tally, Change change) {
        em.createNativeQuery("delete from campaign_group_score_tally where campaign_id = ?1")
                .setParameter(1, tally.campaignId)
                .executeUpdate();
        store(tally, change.overall());
        addToGroups(tally.campaignId, change.groups());
    }

    private static void store(CampaignTally tally, ScoreMoments m) {
        tally.scoreCount = m.count();
        tally.scoreSum = m.sum().toString();
        tally.scoreSquareSum = m.sumOfSquares().toString();
    }

    /** Read, add and write back the groups' moments: exact fractions cannot be added in SQL; the tally lock serialises. */
    private void addToGroups(UUID campaignId, Map<TallyDelta.GroupKey, ScoreMoments> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(conn -> {
            Map<TallyDelta.GroupKey, ScoreMoments> current = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("select dimension, group_value, score_count, score_sum, "
                    + "score_square_sum from campaign_group_score_tally where campaign_id = ?")) {
                ps.setObject(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        current.put(
                                new TallyDelta.GroupKey(rs.getString(1), rs.getString(2)),
                                ScoreMoments.parse(rs.getLong(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("insert into campaign_group_score_tally (campaign_id, "
                    + "dimension, group_value, score_count, score_sum, score_square_sum) values (?, ?, ?, ?, ?, ?) "
                    + "on conflict (campaign_id, dimension, group_value) do update set score_count = "
                    + "excluded.score_count, score_sum = excluded.score_sum, score_square_sum = "
                    + "excluded.score_square_sum")) {
                for (Map.Entry<TallyDelta.GroupKey, ScoreMoments> d : deltas.entrySet()) {
                    ScoreMoments total =
                            current.getOrDefault(d.getKey(), ScoreMoments.EMPTY).plus(d.getValue());
                    ps.setObject(1, campaignId);
                    ps.setString(2, d.getKey().dimension());
                    ps.setString(3, d.getKey().value());
                    ps.setLong(4, total.count());
                    ps.setString(5, total.sum().toString());
                    ps.setString(6, total.sumOfSquares().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
