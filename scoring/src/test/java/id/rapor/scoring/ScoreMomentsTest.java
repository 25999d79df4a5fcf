package id.rapor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ScoreMomentsTest {

    private static final List<String> UNSUR = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    @Test
    void shouldScoreWithTheScorerExactlyAsOneByOne() {
        Map<String, Rational> weights = new LinkedHashMap<>();
        for (int i = 0; i < UNSUR.size(); i++) {
            // unequal weights with different denominators (a unit's own version), summing to 1
            weights.put(UNSUR.get(i), i < 8 ? Rational.of(1, 10 + i % 3) : Rational.ZERO);
        }
        weights.put("U9", weights.values().stream().reduce(Rational.ONE, Rational::subtract));
        Function<Map<String, Integer>, Rational> scorer = ScoreMoments.scorer(weights);
        Random random = new Random(7);
        for (int r = 0; r < 2_000; r++) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String u : UNSUR) {
                if (random.nextInt(5) > 0) {
                    answers.put(u, 1 + random.nextInt(4));
                }
            }
            answers.put("X" + r % 3, 2); // not an item of the weights: left out by both
            assertThat(scorer.apply(answers)).isEqualTo(ScoreMoments.respondentScore(answers, weights));
        }
        assertThat(scorer.apply(Map.of("X1", 3))).isNull();
    }

    @Test
    void shouldAddManyOfOneScoreAsOneByOne() {
        Rational score = Rational.of(25, 9);
        ScoreMoments oneByOne = ScoreMoments.EMPTY;
        for (int i = 0; i < 7; i++) {
            oneByOne = oneByOne.with(score, 1);
        }
        oneByOne = oneByOne.with(score, -1).with(score, -1);
        assertThat(ScoreMoments.EMPTY.withTimes(score, 5)).isEqualTo(oneByOne);
        assertThat(ScoreMoments.EMPTY.withTimes(score, 0)).isEqualTo(ScoreMoments.EMPTY);
    }
}
