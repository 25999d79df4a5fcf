package id.rapor.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The one grading rule every service applies: the exact value is rounded half-up to the scale's decimals and the
 * rounded value is classified by the band table. An exact IPP of 4.5074 is published as 4.51 and graded A, never
 * A- from the unrounded value. A grading without a table publishes the rounded value and no band.
 */
public record Grading(int decimals, BandTable table) {

    public Grading {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must lie between 0 and 6");
        }
    }

    /** The rounded value and its band (null when there is no table or the value lies below every band). */
    public record Grade(BigDecimal value, Band band) {

        public String code() {
            return band == null ? null : band.code();
        }

        public String label() {
            return band == null ? null : band.label();
        }

        public String zone() {
            return band == null ? null : band.zone();
        }
    }

    /** Rounds {@code exact} half-up to the decimals, then classifies the rounded value. */
    public Grade grade(BigDecimal exact) {
        BigDecimal value = round(exact);
        return new Grade(value, classify(value));
    }

    /** Rounds {@code exact} half-up to the decimals, then classifies the rounded value. */
    public Grade grade(Rational exact) {
        BigDecimal value = exact.toDecimal(decimals);
        return new Grade(value, classify(value));
    }

    /** The published value: {@code exact} rounded half-up to the decimals. */
    public BigDecimal round(BigDecimal exact) {
        return exact.setScale(decimals, RoundingMode.HALF_UP);
    }

    private Band classify(BigDecimal rounded) {
        return Optional.ofNullable(table).flatMap(t -> t.classify(rounded)).orElse(null);
    }
}
