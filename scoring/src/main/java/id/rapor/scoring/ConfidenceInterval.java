package id.rapor.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The 95 % interval around a survey index, from {@link ScoreMoments} only. The one home of the formula:
 *
 * <pre>
 *   s²  = (Σy² − (Σy)²/n) / (n − 1)                   sample variance of the respondents' scores (exact)
 *   SE  = √((1 − n/N) · s² / n)                        simple random sample; (1 − n/N) only when N is known
 *   h   = t(0.975, n − 1) · factor · SE                Student t, two-sided 95 %
 *   [estimate · factor − h, estimate · factor + h]     clamped to the index's range, rounded half-up
 * </pre>
 *
 * {@code factor} carries the answer scale to the published scale (25 for IKM 25–100). A roll-up over units is a
 * stratified sample (each unit a stratum, weighted by its respondents as the pooled IKM is): {@code SE² = Σ (n_h/n)²
 * (1 − n_h/N_h) s_h²/n_h} with {@code Σ(n_h − 1)} degrees of freedom. The square root and the t quantile are the
 * only inexact steps (double precision, far below the published decimals).
 */
public final class ConfidenceInterval {

    /** One respondent sample, simple random sampling, Student t. */
    public static final String METHOD_T = "STUDENT_T_SRS";
    /** As {@link #METHOD_T} with the finite-population correction. */
    public static final String METHOD_T_FPC = "STUDENT_T_SRS_FPC";
    /** Units as strata of a roll-up, Student t. */
    public static final String METHOD_STRATIFIED = "STUDENT_T_STRATIFIED";
    /** The confidence level. */
    public static final BigDecimal LEVEL = new BigDecimal("0.95");

    private static final MathContext MC = MathContext.DECIMAL64;

    private ConfidenceInterval() {}

    /**
     * An interval on the published scale: bounds and half-width rounded half-up to the index's decimals, the method,
     * the respondents and the degrees of freedom of the t quantile.
     */
    public record Interval(
            BigDecimal lower,
            BigDecimal upper,
            BigDecimal halfWidth,
            String method,
            BigDecimal level,
            long respondents,
            long degreesOfFreedom) {

        /** Whether {@code bound} lies strictly inside the interval (a band cut-off it straddles). */
        public boolean straddles(BigDecimal bound) {
            return lower.compareTo(bound) < 0 && upper.compareTo(bound) >= 0;
        }
    }

    /**
     * How an index maps the answer-scale mean to its published value: {@code published = estimate × factor},
     * rounded to {@code decimals} and never outside {@code [min, max]}.
     */
    public record Scale(Rational factor, int decimals, BigDecimal min, BigDecimal max) {}

    /** One stratum of a roll-up: a unit's score statistics and its population (null when unknown). */
    public record Stratum(ScoreMoments moments, Long population) {}

    /**
     * The interval of one sample around {@code estimate} (on the answer scale); empty below two respondents. With a
     * known {@code population} the finite-population correction applies.
     */
    public static Optional<Interval> of(Rational estimate, ScoreMoments moments, Long population, Scale scale) {
        Optional<Double> variance = meanVariance(moments, population);
        if (variance.isEmpty()) {
            return Optional.empty();
        }
        long df = moments.count() - 1;
        return Optional.of(build(
                estimate,
                variance.get(),
                df,
                moments.count(),
                population != null && population > 0 ? METHOD_T_FPC : METHOD_T,
                scale));
    }

    /**
     * The interval of a respondent-weighted roll-up over strata (units) around {@code estimate}; empty when fewer
     * than two respondents in all or no stratum has two. A stratum of one respondent takes the pooled
     * within-stratum variance of the others.
     */
    public static Optional<Interval> stratified(Rational estimate, List<Stratum> strata, Scale scale) {
        long n = 0;
        long df = 0;
        double pooledNumerator = 0;
        for (Stratum s : strata) {
            n += s.moments().count();
            Rational v = s.moments().variance();
            if (v != null) {
                df += s.moments().count() - 1;
                pooledNumerator += v.doubleValue() * (s.moments().count() - 1);
            }
        }
        if (n < 2 || df < 1) {
            return Optional.empty();
        }
        double pooled = pooledNumerator / df;
        double variance = 0;
        for (Stratum s : strata) {
            long nh = s.moments().count();
            if (nh == 0) {
                continue;
            }
            Rational v = s.moments().variance();
            double sh2 = v == null ? pooled : v.doubleValue();
            double w = (double) nh / n;
            variance += w * w * fpc(nh, s.population()) * sh2 / nh;
        }
        return Optional.of(build(estimate, variance, df, n, METHOD_STRATIFIED, scale));
    }

    /**
     * How many respondents more the sample needs for a half-width of at most {@code target} on the published
     * scale, assuming the spread of the answers stays as it is: 0 when it is already narrow enough, empty below two
     * respondents. With a known population it never asks for more than the respondents still outside the sample.
     */
    public static Optional<Long> additionalRespondents(
            ScoreMoments moments, Long population, Rational factor, BigDecimal target) {
        Rational v = moments.variance();
        if (v == null) {
            return Optional.empty();
        }
        double sd = Math.sqrt(Math.max(0, v.doubleValue())) * factor.doubleValue();
        double t = target.doubleValue();
        long n = moments.count();
        if (halfWidth(sd, n, population) <= t) {
            return Optional.of(0L);
        }
        long low = n;
        long high = population != null && population > n ? population : Math.max(2 * n, 4);
        while (population == null && halfWidth(sd, high, null) > t && high < Long.MAX_VALUE / 4) {
            high *= 2;
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (halfWidth(sd, mid, population) <= t) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(high - n);
    }

    /**
     * The two-sided 95 % quantile of Student's t with {@code df} degrees of freedom (t(0.975, df)): the closed form
     * of the t distribution for whole degrees of freedom (Abramowitz &amp; Stegun 26.7.3–4), solved by bisection.
     */
    public static double tQuantile975(long df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
        double low = 0;
        double high = 1000;
        for (int i = 0; i < 200 && high - low > 1e-12; i++) {
            double mid = (low + high) / 2;
            if (centralProbability(mid, df) < 0.95) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** P(|T| ≤ t) for Student's t with {@code df} degrees of freedom. */
    static double centralProbability(double t, long df) {
        double theta = Math.atan(t / Math.sqrt(df));
        double c2 = Math.cos(theta) * Math.cos(theta);
        double s = Math.sin(theta);
        if (df % 2 == 1) {
            double series = 0;
            if (df > 1) {
                double term = 1;
                series = 1;
                for (long k = 2; k <= df - 3; k += 2) {
                    term *= c2 * k / (k + 1);
                    series += term;
                    if (term < 1e-18) {
                        break;
                    }
                }
            }
            return 2 / Math.PI * (theta + s * Math.cos(theta) * series);
        }
        double term = 1;
        double series = 1;
        for (long k = 1; k <= df - 3; k += 2) {
            term *= c2 * k / (k + 1);
            series += term;
            if (term < 1e-18) {
                break;
            }
        }
        return s * series;
    }

    private static Optional<Double> meanVariance(ScoreMoments moments, Long population) {
        Rational v = moments.variance();
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(fpc(moments.count(), population) * Math.max(0, v.doubleValue()) / moments.count());
    }

    /** 1 − n/N, never below 0 (more respondents than the stated population leave no sampling error). */
    private static double fpc(long n, Long population) {
        if (population == null || population <= 0) {
            return 1;
        }
        return Math.max(0, 1 - (double) n / population);
    }

    private static double halfWidth(double sd, long n, Long population) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return tQuantile975(n - 1) * sd * Math.sqrt(fpc(n, population) / n);
    }

    private static Interval build(
            Rational estimate, double meanVariance, long df, long respondents, String method, Scale scale) {
        BigDecimal h = BigDecimal.valueOf(tQuantile975(df) * Math.sqrt(meanVariance))
                .multiply(scale.factor().toDecimal(12), MC);
        BigDecimal centre = estimate.multiply(scale.factor()).toDecimal(12);
        BigDecimal lower = centre.subtract(h).max(scale.min());
        BigDecimal upper = centre.add(h).min(scale.max());
        return new Interval(
                lower.setScale(scale.decimals(), RoundingMode.HALF_UP),
                upper.setScale(scale.decimals(), RoundingMode.HALF_UP),
                h.setScale(scale.decimals(), RoundingMode.HALF_UP),
                method,
                LEVEL,
                respondents,
                df);
    }
}
