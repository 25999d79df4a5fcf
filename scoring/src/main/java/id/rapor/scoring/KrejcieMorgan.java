package id.rapor.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Minimum sample size for a population (Krejcie &amp; Morgan 1970, the table PermenPANRB 14/2017 refers to):
 * {@code S = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P))} with X² = 3.841, P = 0.5, d = 0.05, rounded to the nearest
 * integer (not up: 100 → 80, 1,000 → 278, matching the published table).
 */
public final class KrejcieMorgan {

    private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    private static final BigDecimal P_Q = new BigDecimal("0.25");
    private static final BigDecimal D_SQUARE = new BigDecimal("0.0025");

    private KrejcieMorgan() {}

    /** The minimum number of respondents for a population of {@code population} service users (≥ 1). */
    public static long minimumSample(long population) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1");
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal numerator = CHI_SQUARE.multiply(n).multiply(P_Q);
        BigDecimal denominator = D_SQUARE.multiply(n.subtract(BigDecimal.ONE)).add(CHI_SQUARE.multiply(P_Q));
        return numerator
                .divide(denominator, MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
