package id.rapor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static final Rational NINTH = Rational.of(1, 9);

    @ParameterizedTest(name = "N={0} → S={1}")
    @CsvSource({
        "10,10",
        "20,19",
        "30,28",
        "50,44",
        "75,63",
        "100,80",
        "150,108",
        "200,132",
        "300,169",
        "400,196",
        "500,217",
        "750,254",
        "1000,278",
        "1500,306",
        "2000,322",
        "3000,341",
        "5000,357",
        "10000,370",
        "20000,377",
        "50000,381"
    })
    void shouldMatchTheKrejcieMorganTable(long population, long sample) {
        assertThat(KrejcieMorgan.minimumSample(population)).isEqualTo(sample);
    }

    @Test
    void shouldComputeIkmFromSumsExactly() {
        // Three respondents, nine unsur (hand-computed): item sums 11,10,10,10,11,11,11,10,10 → total 94
        long[] sums = {11, 10, 10, 10, 11, 11, 11, 10, 10};
        List<Ikm.ItemStat> stats = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            stats.add(new Ikm.ItemStat("U" + (i + 1), NINTH, sums[i], 3));
        }

        Ikm.Result result = Ikm.compute(stats);

        assertThat(result.items().get(0).nrr()).isEqualTo(Rational.of(11, 3));
        assertThat(result.items().get(0).weightedNrr()).isEqualTo(Rational.of(11, 27));
        assertThat(result.ikm()).isEqualTo(Rational.of(94, 27));
        assertThat(result.konversiRounded()).isEqualByComparingTo("87.04");
    }

    @Test
    void shouldGiveExactlyOneHundredForAllFours() {
        List<Ikm.ItemStat> stats = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            stats.add(new Ikm.ItemStat("U" + i, NINTH, 400, 100));
        }
        assertThat(Ikm.compute(stats).konversiRounded()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldRejectWeightsNotSummingToOne() {
        List<Ikm.ItemStat> stats = List.of(new Ikm.ItemStat("U1", Rational.parse("0.111"), 4, 1));
        assertThatThrownBy(() -> Ikm.compute(stats)).hasMessageContaining("not 1");
    }

    @Test
    void shouldClassifyOnInclusiveLowerBounds() {
        BandTable skm2017 = BandTable.of(List.of(
                new Band(new BigDecimal("88.31"), "A", "Sangat Baik", "HIJAU"),
                new Band(new BigDecimal("76.61"), "B", "Baik", "HIJAU"),
                new Band(new BigDecimal("65.00"), "C", "Kurang Baik", "KUNING"),
                new Band(new BigDecimal("25.00"), "D", "Tidak Baik", "MERAH")));

        assertThat(skm2017.classify(new BigDecimal("88.31")).orElseThrow().code())
                .isEqualTo("A");
        assertThat(skm2017.classify(new BigDecimal("88.30")).orElseThrow().code())
                .isEqualTo("B");
        assertThat(skm2017.classify(new BigDecimal("76.61")).orElseThrow().code())
                .isEqualTo("B");
        assertThat(skm2017.classify(new BigDecimal("76.60")).orElseThrow().code())
                .isEqualTo("C");
        assertThat(skm2017.classify(new BigDecimal("65.00")).orElseThrow().code())
                .isEqualTo("C");
        assertThat(skm2017.classify(new BigDecimal("64.99")).orElseThrow().code())
                .isEqualTo("D");
        assertThat(skm2017.classify(new BigDecimal("24.99"))).isEmpty();
    }

    @Test
    void shouldComputeWeightedScoresExactly() {
        BigDecimal aspect = WeightedScore.sum(List.of(
                new WeightedScore.Term(new BigDecimal("0.5"), new BigDecimal("5")),
                new WeightedScore.Term(new BigDecimal("0.5"), new BigDecimal("4"))));
        assertThat(aspect).isEqualByComparingTo("4.5");
        assertThat(WeightedScore.weightsSumToOne(List.of(
                        Rational.parse("0.24"),
                        Rational.parse("0.25"),
                        Rational.parse("0.18"),
                        Rational.parse("0.11"),
                        Rational.parse("0.10"),
                        Rational.parse("0.12"))))
                .isTrue();
        assertThat(WeightedScore.weightsSumToOne(List.of(Rational.parse("0.24"), Rational.parse("0.25"))))
                .isFalse();
        assertThat(WeightedScore.weightsSumToOne(Collections.nCopies(9, Rational.of(1, 9))))
                .isTrue();
        assertThat(WeightedScore.weightsSumToOne(Collections.nCopies(9, Rational.parse("0.111"))))
                .isFalse();
    }

    @Test
    void shouldParseAndPrintFractions() {
        assertThat(Rational.parse("1/9").add(Rational.parse("8/9"))).isEqualTo(Rational.ONE);
        assertThat(Rational.parse("0.25")).isEqualTo(Rational.of(1, 4));
        assertThat(Rational.of(2, 18).toString()).isEqualTo("1/9");
        assertThat(Rational.of(2, 3).toDecimal(2)).isEqualByComparingTo("0.67");
    }
}
