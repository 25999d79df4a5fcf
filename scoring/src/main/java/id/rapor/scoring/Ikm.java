package id.rapor.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The citizen satisfaction index (PermenPANRB 14/2017, Lampiran; Kepmenpan 25/2004) from sufficient
 * statistics: per item the sum of the answer values and the number of answers. Exact fractions throughout;
 * only the reported values are rounded.
 */
public final class Ikm {

    /** Scale factor from the 1–4 interval to the 25–100 konversi scale. */
    private static final Rational KONVERSI = Rational.of(25);

    private Ikm() {}

    /**
     * How an interval on the respondents' mean answer is published with IKM: × 25 onto the konversi scale, rounded to
     * the questionnaire's decimals, never outside {@code scaleMin × 25 .. scaleMax × 25}.
     */
    public static ConfidenceInterval.Scale intervalScale(int decimals, int scaleMin, int scaleMax) {
        return new ConfidenceInterval.Scale(
                KONVERSI,
                decimals,
                BigDecimal.valueOf(scaleMin).multiply(KONVERSI.toDecimal(0)),
                BigDecimal.valueOf(scaleMax).multiply(KONVERSI.toDecimal(0)));
    }

    /** One item's statistics: its weight (weights sum to 1), sum of answer values and number of answers. */
    public record ItemStat(String code, Rational weight, long sum, long count) {}

    /** One item's result: NRR = sum ÷ count, NRR tertimbang = NRR × weight. */
    public record ItemResult(String code, Rational weight, long sum, long count, Rational nrr, Rational weightedNrr) {}

    /** The index: per item results, IKM on the 1–4 scale and on 25–100, exact. */
    public record Result(List<ItemResult> items, Rational ikm, Rational ikmKonversi) {

        /** IKM on 25–100 rounded to 2 decimals, the value that is graded and published. */
        public BigDecimal konversiRounded() {
            return ikmKonversi.toDecimal(2);
        }
    }

    /**
     * Computes IKM. Every item needs at least one answer and the weights must sum to exactly 1; otherwise
     * the index is undefined and this throws {@link IllegalArgumentException}.
     */
    public static Result compute(List<ItemStat> stats) {
        if (stats.isEmpty()) {
            throw new IllegalArgumentException("no items");
        }
        Rational ikm = Rational.ZERO;
        List<ItemResult> items = new ArrayList<>(stats.size());
        for (ItemStat stat : stats) {
            if (stat.count() <= 0) {
                throw new IllegalArgumentException("item " + stat.code() + " has no answers");
            }
            // PermenPANRB 14/2017: NRR per unsur = jumlah nilai ÷ jumlah kuesioner terisi
            Rational nrr = Rational.of(stat.sum(), stat.count());
            // NRR tertimbang = NRR × bobot (1/9 for the nine equal unsur)
            Rational weighted = nrr.multiply(stat.weight());
            items.add(new ItemResult(stat.code(), stat.weight(), stat.sum(), stat.count(), nrr, weighted));
            ikm = ikm.add(weighted);
        }
        List<Rational> weights = stats.stream().map(ItemStat::weight).toList();
        if (!WeightedScore.weightsSumToOne(weights)) {
            throw new IllegalArgumentException("item weights sum to " + WeightedScore.total(weights) + ", not 1");
        }
        // IKM unit pelayanan = IKM × 25 (nilai dasar)
        return new Result(List.copyOf(items), ikm, ikm.multiply(KONVERSI));
    }
}
