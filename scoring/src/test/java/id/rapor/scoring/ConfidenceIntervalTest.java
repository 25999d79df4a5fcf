package id.rapor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceIntervalTest {

    private static final List<String> UNSUR = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    private static final ConfidenceInterval.Scale IKM_SCALE =
            new ConfidenceInterval.Scale(Rational.of(25), 2, new BigDecimal("25"), new BigDecimal("100"));

    private static Map<String, Rational> equalWeights() {
        Map<String, Rational> w = new LinkedHashMap<>();
        UNSUR.forEach(u -> w.put(u, Rational.of(1, 9)));
        return w;
    }

    private static Map<String, Integer> all(int value) {
        Map<String, Integer> a = new LinkedHashMap<>();
        UNSUR.forEach(u -> a.put(u, value));
        return a;
    }

    private static ScoreMoments moments(List<Map<String, Integer>> rows) {
        ScoreMoments m = ScoreMoments.EMPTY;
        for (Map<String, Integer> row : rows) {
            m = m.with(ScoreMoments.respondentScore(row, equalWeights()), 1);
        }
        return m;
    }

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({
        "1,12.7062",
        "2,4.3027",
        "3,3.1824",
        "5,2.5706",
        "10,2.2281",
        "21,2.0796",
        "30,2.0423",
        "100,1.9840",
        "1000,1.9623",
        "100000,1.9600"
    })
    void shouldMatchThePublishedTTable(long df, double expected) {
        assertThat(ConfidenceInterval.tQuantile975(df)).isCloseTo(expected, within(0.00006));
    }

    @Test
    void shouldComputeTheIntervalOfFourRespondentsByHand() {
        // scores 2, 3, 3, 4: mean 3 (IKM 75), s² = (1 + 0 + 0 + 1) / 3 = 2/3, SE = √(2/3 / 4) = 0.408248,
        // h = t(0.975, 3) × SE × 25 = 3.182446 × 0.408248 × 25 = 32.48; the upper bound stops at 100
        ScoreMoments m = moments(List.of(all(2), all(3), all(3), all(4)));
        assertThat(m.count()).isEqualTo(4);
        assertThat(m.sum()).isEqualTo(Rational.of(12));
        assertThat(m.sumOfSquares()).isEqualTo(Rational.of(38));
        assertThat(m.variance()).isEqualTo(Rational.of(2, 3));

        ConfidenceInterval.Interval i =
                ConfidenceInterval.of(m.mean(), m, null, IKM_SCALE).orElseThrow();
        assertThat(i.halfWidth()).isEqualByComparingTo("32.48");
        assertThat(i.lower()).isEqualByComparingTo("42.52");
        assertThat(i.upper()).isEqualByComparingTo("100.00");
        assertThat(i.method()).isEqualTo(ConfidenceInterval.METHOD_T);
        assertThat(i.degreesOfFreedom()).isEqualTo(3);
    }

    @Test
    void shouldNarrowTheIntervalByTheFinitePopulationCorrection() {
        // the same four among a population of 10: SE = √((1 − 4/10) × 2/3 / 4) = √0.1 = 0.316228,
        // h = 3.182446 × 0.316228 × 25 = 25.16
        ScoreMoments m = moments(List.of(all(2), all(3), all(3), all(4)));
        ConfidenceInterval.Interval i =
                ConfidenceInterval.of(m.mean(), m, 10L, IKM_SCALE).orElseThrow();
        assertThat(i.halfWidth()).isEqualByComparingTo("25.16");
        assertThat(i.lower()).isEqualByComparingTo("49.84");
        assertThat(i.method()).isEqualTo(ConfidenceInterval.METHOD_T_FPC);
        // every member of the population answered: no sampling error left
        ScoreMoments whole = moments(List.of(all(2), all(3), all(3), all(4)));
        assertThat(ConfidenceInterval.of(whole.mean(), whole, 4L, IKM_SCALE)
                        .orElseThrow()
                        .halfWidth())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void shouldGiveNoIntervalBelowTwoRespondents() {
        ScoreMoments one = moments(List.of(all(4)));
        assertThat(ConfidenceInterval.of(one.mean(), one, null, IKM_SCALE)).isEmpty();
        assertThat(ConfidenceInterval.additionalRespondents(one, null, Rational.of(25), new BigDecimal("2.5")))
                .isEmpty();
    }

    @Test
    void shouldAgreeWithADirectComputationFromRawRowsWithGapsAndRemovals() {
        Random random = new Random(19);
        List<Map<String, Integer>> rows = new ArrayList<>();
        for (int r = 0; r < 57; r++) {
            Map<String, Integer> row = new HashMap<>();
            for (String u : UNSUR) {
                if (random.nextInt(10) > 0) {
                    row.put(u, 1 + random.nextInt(4));
                }
            }
            if (row.isEmpty()) {
                row.put("U1", 3);
            }
            rows.add(row);
        }
        // incremental, as a tally keeps it: all in, then 7 voided
        ScoreMoments m = moments(rows);
        for (int r = 0; r < 7; r++) {
            m = m.with(ScoreMoments.respondentScore(rows.get(r), equalWeights()), -1);
        }
        List<Map<String, Integer>> kept = rows.subList(7, rows.size());

        // direct: each respondent's mean answer, then the textbook mean and variance in doubles
        double[] y = kept.stream()
                .mapToDouble(row -> row.values().stream()
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElseThrow())
                .toArray();
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double ss = java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
        double s2 = ss / (y.length - 1);
        assertThat(m.count()).isEqualTo(50);
        assertThat(m.mean().doubleValue()).isCloseTo(mean, within(1e-12));
        assertThat(m.variance().doubleValue()).isCloseTo(s2, within(1e-12));

        long population = 400;
        double se = Math.sqrt((1 - 50.0 / population) * s2 / 50);
        double h = ConfidenceInterval.tQuantile975(49) * se * 25;
        ConfidenceInterval.Interval i =
                ConfidenceInterval.of(m.mean(), m, population, IKM_SCALE).orElseThrow();
        assertThat(i.halfWidth().doubleValue()).isCloseTo(h, within(0.005));
        assertThat(i.lower().doubleValue()).isCloseTo(Math.max(25, mean * 25 - h), within(0.005));
        assertThat(i.upper().doubleValue()).isCloseTo(Math.min(100, mean * 25 + h), within(0.005));
    }

    @Test
    void shouldNameTheSmallestSampleThatReachesTheTarget() {
        ScoreMoments m = moments(List.of(all(2), all(3), all(3), all(4)));
        // s = √(2/3) × 25 = 20.41; n with t(n − 1) × 20.41 / √n ≤ 2.5 is 259 (258 gives 2.5022)
        long more = ConfidenceInterval.additionalRespondents(m, null, Rational.of(25), new BigDecimal("2.5"))
                .orElseThrow();
        assertThat(more).isEqualTo(255);
        double sd = Math.sqrt(2.0 / 3) * 25;
        assertThat(ConfidenceInterval.tQuantile975(258) * sd / Math.sqrt(259)).isLessThanOrEqualTo(2.5);
        assertThat(ConfidenceInterval.tQuantile975(257) * sd / Math.sqrt(258)).isGreaterThan(2.5);
        // with a population of 300 far fewer are needed, never more than the 296 still outside the sample
        long withPopulation = ConfidenceInterval.additionalRespondents(m, 300L, Rational.of(25), new BigDecimal("2.5"))
                .orElseThrow();
        assertThat(withPopulation).isLessThan(more).isLessThanOrEqualTo(296);
        // already narrow enough
        assertThat(ConfidenceInterval.additionalRespondents(m, null, Rational.of(25), new BigDecimal("40")))
                .contains(0L);
    }

    @Test
    void shouldPoolUnitsAsStrataOfARollUp() {
        // unit A: scores 2, 3, 3, 4 (s² = 2/3); unit B: 3, 3, 4, 4 (s² = 1/3), both n = 4, so W = 1/2 each:
        // SE² = ¼ × (2/3)/4 + ¼ × (1/3)/4 = 1/16, SE = 0.25, df = 6, h = 2.446912 × 0.25 × 25 = 15.29
        ScoreMoments a = moments(List.of(all(2), all(3), all(3), all(4)));
        ScoreMoments b = moments(List.of(all(3), all(3), all(4), all(4)));
        Rational pooledMean = a.plus(b).mean();
        ConfidenceInterval.Interval i = ConfidenceInterval.stratified(
                        pooledMean,
                        List.of(new ConfidenceInterval.Stratum(a, null), new ConfidenceInterval.Stratum(b, null)),
                        IKM_SCALE)
                .orElseThrow();
        assertThat(i.halfWidth()).isEqualByComparingTo("15.29");
        assertThat(i.degreesOfFreedom()).isEqualTo(6);
        assertThat(i.respondents()).isEqualTo(8);
        assertThat(i.method()).isEqualTo(ConfidenceInterval.METHOD_STRATIFIED);
        assertThat(i.lower()).isEqualByComparingTo("65.96"); // 81.25 − 15.29
    }

    @Test
    void shouldListTheBandsAnIntervalReaches() {
        BandTable skm = BandTable.of(List.of(
                new Band(new BigDecimal("88.31"), "A", "Sangat Baik", "HIJAU"),
                new Band(new BigDecimal("76.61"), "B", "Baik", "HIJAU"),
                new Band(new BigDecimal("65.00"), "C", "Kurang Baik", "KUNING"),
                new Band(new BigDecimal("25.00"), "D", "Tidak Baik", "MERAH")));
        assertThat(skm.bandsBetween(new BigDecimal("86.00"), new BigDecimal("90.00")))
                .extracting(Band::code)
                .containsExactly("A", "B");
        assertThat(skm.bandsBetween(new BigDecimal("70.00"), new BigDecimal("76.61")))
                .extracting(Band::code)
                .containsExactly("B", "C");
        assertThat(skm.bandsBetween(new BigDecimal("70.00"), new BigDecimal("76.60")))
                .extracting(Band::code)
                .containsExactly("C");
        assertThat(skm.bandsBetween(new BigDecimal("20.00"), new BigDecimal("100.00")))
                .hasSize(4);
    }

    @Test
    void shouldTellWhetherAnIntervalStraddlesACutOff() {
        ConfidenceInterval.Interval i = new ConfidenceInterval.Interval(
                new BigDecimal("86.00"), new BigDecimal("90.00"), new BigDecimal("2.00"), "x", BigDecimal.ONE, 30, 29);
        assertThat(i.straddles(new BigDecimal("88.31"))).isTrue();
        assertThat(i.straddles(new BigDecimal("76.61"))).isFalse();
        assertThat(i.straddles(new BigDecimal("90.01"))).isFalse();
    }
}
