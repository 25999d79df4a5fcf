package id.rapor.assessment.spm;

import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Capaian of an SPM indicator (INSTRUMENTS-ADDENDUM §4.4): dilayani ÷ sasaran × 100, exact; shown rounded half-up to
 * two decimals. No capaian when the sasaran is zero. The sources do not say that more can be served than the
 * sasaran (sasaran are often estimates, e.g. hipertensi by prevalence), so a capaian above 100 is kept as it is.
 */
public final class SpmCapaian {

    /** The decimals a capaian is shown with. */
    public static final int DECIMALS = 2;

    private static final Rational HUNDRED = Rational.of(100);

    private SpmCapaian() {}

    /** The exact capaian %, or empty when {@code sasaran} is zero; both counts must not be negative. */
    public static Optional<Rational> of(long sasaran, long dilayani) {
        if (sasaran < 0 || dilayani < 0) {
            throw new IllegalArgumentException("sasaran and dilayani must not be negative");
        }
        if (sasaran == 0) {
            return Optional.empty();
        }
        return Optional.of(Rational.of(dilayani, sasaran).multiply(HUNDRED));
    }

    /** Whether a capaian meets the 100 % target (simpulan memenuhi). */
    public static boolean meetsTarget(Rational capaian) {
        return capaian.compareTo(HUNDRED) >= 0;
    }

    /** A capaian as shown: half-up to {@link #DECIMALS}. */
    public static BigDecimal display(Rational capaian) {
        return capaian.toDecimal(DECIMALS);
    }
}
