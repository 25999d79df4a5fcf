package id.rapor.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Weighted sums with exact decimal arithmetic, as in the PEKPPP IPP (PermenPANRB 29/2022 jo. 4/2023):
 * {@code aspect = Σ(w_i × score_i)}, {@code total = Σ(W_k × aspect_k)}.
 */
public final class WeightedScore {

    private WeightedScore() {
    }

    /** One weighted term: a weight (a fraction of 1) and a value. */
    public record Term(BigDecimal weight, BigDecimal value) {
    }

    /** Σ(weight × value), exact. */
    public static BigDecimal sum(List<Term> terms) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term term : terms) {
            total = total.add(term.weight().multiply(term.value()));
        }
        return total;
    }

    /** Whether the weights add up to exactly 1 (the rule every aspect and instrument must satisfy). */
    public static boolean weightsSumToOne(List<BigDecimal> weights) {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) == 0;
    }
}
