package id.rapor.survey.result;

import id.rapor.scoring.ConfidenceInterval;
import id.rapor.scoring.Ikm;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import id.rapor.survey.questionnaire.Questionnaire;
import id.rapor.survey.tally.ScoreTallies;
import id.rapor.survey.tally.TallyDelta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The intervals of a result and of its demographic groups, from the campaigns' score moments (scoring's formula). */
@ApplicationScoped
public class ResultIntervals {

    @Inject
    ScoreTallies scores;

    @Inject
    ResultConfig config;

    /**
     * The interval around {@code ikm} (1–4 scale) over the campaigns, with the respondents the target half-width
     * needs; null without an IKM, below two respondents, or while a campaign's moments are not backfilled.
     */
    public IntervalView overall(Questionnaire q, Rational ikm, List<UUID> campaignIds, Long population) {
        if (ikm == null) {
            return null;
        }
        return scores.moments(campaignIds)
                .flatMap(m -> {
                    ConfidenceInterval.Scale scale = Ikm.intervalScale(q.decimals, q.scaleMin, q.scaleMax);
                    return ConfidenceInterval.of(ikm, m, population, scale)
                            .map(i -> IntervalView.of(
                                    i,
                                    config.targetHalfWidth(),
                                    ConfidenceInterval.additionalRespondents(
                                                    m, population, scale.factor(), config.targetHalfWidth())
                                            .orElse(null)));
                })
                .orElse(null);
    }

    /** The score moments of every demographic group over the campaigns. */
    public Map<TallyDelta.GroupKey, ScoreMoments> groups(List<UUID> campaignIds) {
        return scores.groupMoments(campaignIds);
    }

    /** A group's interval around its IKM (no population is known for a group); null without one. */
    public IntervalView group(Questionnaire q, Rational ikm, ScoreMoments moments) {
        if (ikm == null || moments == null) {
            return null;
        }
        return ConfidenceInterval.of(ikm, moments, null, Ikm.intervalScale(q.decimals, q.scaleMin, q.scaleMax))
                .map(i -> IntervalView.of(i, null, null))
                .orElse(null);
    }
}
