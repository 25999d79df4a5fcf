package id.rapor.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    /** IPP categories (REFERENCE.md 3.7) on 0–5, two decimals. */
    private static final Grading IPP = new Grading(
            2,
            BandTable.of(List.of(
                    band("4.51", "A", "HIJAU"),
                    band("4.01", "A-", "HIJAU"),
                    band("3.51", "B", "HIJAU"),
                    band("3.01", "B-", "KUNING"),
                    band("2.51", "C", "KUNING"),
                    band("2.01", "C-", "KUNING"),
                    band("1.51", "D", "MERAH"),
                    band("1.01", "E", "MERAH"),
                    band("0", "F", "MERAH"))));

    /** Ombudsman opini A–E (REFERENCE.md 4.2, cut-offs as seeded) on 0–100, two decimals. */
    private static final Grading OPINI = new Grading(
            2,
            BandTable.of(List.of(
                    band("88", "A", "HIJAU"),
                    band("78", "B", "HIJAU"),
                    band("57", "C", "KUNING"),
                    band("37", "D", "MERAH"),
                    band("0", "E", "MERAH"))));

    private static Band band(String lower, String code, String zone) {
        return new Band(new BigDecimal(lower), code, code, zone);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        // just below a cut-off, rounding onto it: the rounded value is graded
        "4.5074, 4.51, A",
        "4.5049, 4.50, A-",
        "4.5050, 4.51, A",
        "3.0049, 3.00, C",
        "3.0050, 3.01, B-",
        "2.0090, 2.01, C-",
        "2.0049, 2.00, D",
        "0.0001, 0.00, F"
    })
    void shouldRoundHalfUpBeforeClassifyingIpp(String exact, String value, String code) {
        Grading.Grade grade = IPP.grade(new BigDecimal(exact));
        assertThat(grade.value()).isEqualByComparingTo(value);
        assertThat(grade.value().scale()).isEqualTo(2);
        assertThat(grade.code()).isEqualTo(code);
    }

    @Test
    void shouldGradeOpiniOnTheRoundedTotal() {
        // 77.9955 rounds half-up to 78.00, which is B (hijau), not C (kuning) as the unrounded value would be
        Grading.Grade grade = OPINI.grade(new BigDecimal("77.9955"));
        assertThat(grade.value()).isEqualByComparingTo("78.00");
        assertThat(grade.code()).isEqualTo("B");
        assertThat(grade.zone()).isEqualTo("HIJAU");
        assertThat(OPINI.grade(new BigDecimal("77.9949")).code()).isEqualTo("C");
    }

    @Test
    void shouldGradeExactFractionsTheSameWayAsDecimals() {
        // 25 × 3179 / 900 = 88.30555…: rounded 88.31
        Rational ikm = Rational.of(25 * 3179, 900);
        Grading skm = new Grading(
                2,
                BandTable.of(List.of(
                        band("88.31", "A", "HIJAU"),
                        band("76.61", "B", "HIJAU"),
                        band("65.00", "C", "KUNING"),
                        band("25.00", "D", "MERAH"))));
        assertThat(skm.grade(ikm).value()).isEqualByComparingTo("88.31");
        assertThat(skm.grade(ikm).code()).isEqualTo("A");
        assertThat(skm.grade(ikm.toDecimal(12))).isEqualTo(skm.grade(ikm));
    }

    @Test
    void shouldPublishTheRoundedValueWithoutABandWhenThereIsNoTable() {
        Grading.Grade grade = new Grading(2, null).grade(new BigDecimal("3.14159"));
        assertThat(grade.value()).isEqualByComparingTo("3.14");
        assertThat(grade.band()).isNull();
        assertThat(grade.code()).isNull();
    }

    @Test
    void shouldRejectImpossibleDecimals() {
        assertThatThrownBy(() -> new Grading(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grading(7, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
