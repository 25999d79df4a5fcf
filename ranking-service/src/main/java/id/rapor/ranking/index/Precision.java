package id.rapor.ranking.index;

import id.rapor.events.GradeScale;
import id.rapor.scoring.Band;
import id.rapor.scoring.ConfidenceInterval;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How precise a unit's survey-based value is: its interval, the zones the interval reaches, and the score moments and
 * population behind it (so roll-ups can pool units as strata). Stored with the unit result as JSON.
 */
public record Precision(
        IndexInterval interval,
        boolean zoneUncertain,
        List<String> possibleZones,
        Moments moments,
        Long population,
        /** The published scale's bounds the interval is clamped to. */
        BigDecimal scaleMin,
        BigDecimal scaleMax) {

    /** Score moments as stored: count, Σ score, Σ score² (exact fractions). */
    public record Moments(long count, String sum, String sumOfSquares) {

        static Moments of(ScoreMoments m) {
            return new Moments(m.count(), m.sum().toString(), m.sumOfSquares().toString());
        }

        /** Back to scoring's moments. */
        public ScoreMoments moments() {
            return ScoreMoments.parse(count, sum, sumOfSquares);
        }
    }

    /**
     * The precision of {@code estimate} (answer scale) from {@code moments}: interval, zones reached under {@code
     * grading}, and, when {@code target} is given, the respondents the target half-width needs. Null below two
     * respondents.
     */
    static Precision of(
            Rational estimate,
            ScoreMoments moments,
            Long population,
            ConfidenceInterval.Scale scale,
            GradeScale grading,
            BigDecimal target) {
        return ConfidenceInterval.of(estimate, moments, population, scale)
                .map(i -> of(
                        IndexInterval.of(
                                i,
                                target,
                                target == null
                                        ? null
                                        : ConfidenceInterval.additionalRespondents(
                                                        moments, population, scale.factor(), target)
                                                .orElse(null)),
                        grading,
                        moments,
                        population,
                        scale))
                .orElse(null);
    }

    /** An interval's precision: the zones of the bands it reaches ({@code zoneUncertain} when more than one). */
    public static Precision of(
            IndexInterval interval,
            GradeScale grading,
            ScoreMoments moments,
            Long population,
            ConfidenceInterval.Scale scale) {
        List<String> zones = grading == null || grading.grading().table() == null
                ? List.of()
                : grading.grading().table().bandsBetween(interval.lower(), interval.upper()).stream()
                        .map(Band::zone)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        return new Precision(
                interval,
                zones.size() > 1,
                zones,
                moments == null ? null : Moments.of(moments),
                population,
                scale.min(),
                scale.max());
    }
}
