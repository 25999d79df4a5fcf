package id.rapor.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Weighted sums with exact decimal arithmetic, as in the PEKPPP IPP (PermenPANRB 29/2022 jo. 4/2023):
 * {@code aspect = Σ(w_i × score_i)}, {@code total = Σ(W_k × aspect_k)}.
 */
public final class WeightedScore {

    private WeightedScore() {}

    /** One weighted term: a weight (a fraction of 1) and a value. */
    public record Term(BigDecimal weight, BigDecimal value) {}

    /** Σ(weight × value), exact. */
    public static BigDecimal sum(List<Term> terms) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term term : terms) {
            total = total.add(term.weight().multiply(term.value()));
        }
        return total;
    }

    /**
     * Whether the weights add up to exactly 1: the one rule every questionnaire's items, instrument's aspects and
     * aspect's indicators satisfy (PermenPANRB 14/2017 lets a unit re-weight unsur as long as they sum to 1). Exact,
     * so nine weights of 1/9 pass and nine of 0.111 do not.
     */
    public static boolean weightsSumToOne(Collection<Rational> weights) {
        return total(weights).equals(Rational.ONE);
    }

    /** The exact sum of the weights, for telling a client what they add up to. */
    public static Rational total(Collection<Rational> weights) {
        return weights.stream().reduce(Rational.ZERO, Rational::add);
    }
}
