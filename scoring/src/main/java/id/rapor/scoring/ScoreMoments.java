package id.rapor.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * The sufficient statistics of respondents' scores from which a survey index's interval is computed: how many
 * respondents, the sum of their scores and the sum of their squared scores, all exact. A respondent's score is the
 * weighted mean of the answers they gave ({@link #respondentScore}); tallies add and remove respondents one at a
 * time, so no read ever goes back to the raw rows.
 */
public record ScoreMoments(long count, Rational sum, Rational sumOfSquares) {

    public static final ScoreMoments EMPTY = new ScoreMoments(0, Rational.ZERO, Rational.ZERO);

    public ScoreMoments {
        Objects.requireNonNull(sum, "sum");
        Objects.requireNonNull(sumOfSquares, "sumOfSquares");
    }

    /** The statistics read back from their stored text form ({@link Rational#toString()}). */
    public static ScoreMoments parse(long count, String sum, String sumOfSquares) {
        return new ScoreMoments(count, Rational.parse(sum), Rational.parse(sumOfSquares));
    }

    /**
     * One respondent's score on the answer scale: Σ(weight × answer) ÷ Σ weight over the items the respondent
     * answered (with every item answered this is the respondent's own IKM on 1–4, and the mean of the scores is
     * exactly the published IKM). Null when the respondent answered no weighted item.
     */
    public static Rational respondentScore(Map<String, Integer> answers, Map<String, Rational> weights) {
        Rational weighted = Rational.ZERO;
        Rational weightSum = Rational.ZERO;
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            Rational w = weights.get(answer.getKey());
            if (w == null || answer.getValue() == null) {
                continue;
            }
            weighted = weighted.add(w.multiply(Rational.of(answer.getValue())));
            weightSum = weightSum.add(w);
        }
        return weightSum.signum() == 0 ? null : weighted.divide(weightSum);
    }

    /**
     * These statistics with {@code times} respondents of the same score {@code score} added (or, negative, removed):
     * the same exact values as adding them one by one.
     */
    public ScoreMoments withTimes(Rational score, long times) {
        if (times == 0) {
            return this;
        }
        Rational n = Rational.of(times);
        Rational s = score.multiply(n);
        return new ScoreMoments(count + times, sum.add(s), sumOfSquares.add(s.multiply(score)));
    }

    /**
     * {@link #respondentScore} under fixed weights, for scoring many respondents: the weights are brought to one
     * denominator once, so each score is one exact fraction of two whole numbers (the same value, in lowest terms,
     * as {@link #respondentScore} gives). Falls back to it when the whole numbers would not fit in a long.
     */
    public static java.util.function.Function<Map<String, Integer>, Rational> scorer(Map<String, Rational> weights) {
        java.math.BigInteger common = java.math.BigInteger.ONE;
        for (Rational w : weights.values()) {
            java.math.BigInteger d = w.denominator();
            common = common.divide(common.gcd(d)).multiply(d);
        }
        Map<String, Long> whole = new java.util.HashMap<>();
        java.math.BigInteger limit = java.math.BigInteger.valueOf(1L << 40);
        for (Map.Entry<String, Rational> w : weights.entrySet()) {
            java.math.BigInteger n =
                    w.getValue().numerator().multiply(common.divide(w.getValue().denominator()));
            if (n.abs().compareTo(limit) > 0) {
                return answers -> respondentScore(answers, weights);
            }
            whole.put(w.getKey(), n.longValue());
        }
        return answers -> {
            long weighted = 0;
            long weightSum = 0;
            for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                Long w = whole.get(answer.getKey());
                if (w == null || answer.getValue() == null) {
                    continue;
                }
                weighted = Math.addExact(weighted, Math.multiplyExact(w, (long) answer.getValue()));
                weightSum = Math.addExact(weightSum, w);
            }
            return weightSum == 0 ? null : Rational.of(weighted, weightSum);
        };
    }

    /** These statistics with one respondent of score {@code score} added ({@code sign} 1) or removed (-1). */
    public ScoreMoments with(Rational score, int sign) {
        Rational s = sign < 0 ? score.negate() : score;
        return new ScoreMoments(count + Integer.signum(sign), sum.add(s), sumOfSquares.add(s.multiply(score)));
    }

    /** Both samples together (campaigns of one unit, a period's parts). */
    public ScoreMoments plus(ScoreMoments other) {
        return new ScoreMoments(count + other.count, sum.add(other.sum), sumOfSquares.add(other.sumOfSquares));
    }

    /** The mean score Σy ÷ n; null without respondents. */
    public Rational mean() {
        return count == 0 ? null : sum.divide(Rational.of(count));
    }

    /** The sample variance (Σy² − (Σy)²/n) ÷ (n − 1), exact; null below two respondents. */
    public Rational variance() {
        if (count < 2) {
            return null;
        }
        Rational n = Rational.of(count);
        return sumOfSquares.subtract(sum.multiply(sum).divide(n)).divide(Rational.of(count - 1));
    }
}
