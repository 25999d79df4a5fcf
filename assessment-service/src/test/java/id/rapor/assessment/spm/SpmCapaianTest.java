package id.rapor.assessment.spm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rapor.scoring.Rational;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capaian % = dilayani ÷ sasaran × 100, exact, shown half-up to two decimals. */
class SpmCapaianTest {

    @ParameterizedTest(name = "{1} of {0} served → {2} %")
    @CsvSource({
        // sasaran, dilayani, shown, exact numerator/denominator, meets 100 %
        "1200, 1140, 95.00, 95/1, false",
        "800, 800, 100.00, 100/1, true",
        "3, 2, 66.67, 200/3, false",
        "3, 1, 33.33, 100/3, false",
        "7, 6, 85.71, 600/7, false",
        "8, 1, 12.50, 25/2, false",
        "32, 1, 3.13, 25/8, false", // 3.125: half-up, not half-even
        "160, 1, 0.63, 5/8, false", // 0.625
        "200, 250, 125.00, 125/1, true", // more served than the estimated sasaran
        "5, 0, 0.00, 0/1, false"
    })
    void shouldComputeCapaianExactlyAndShowItHalfUp(
            long sasaran, long dilayani, String shown, String exact, boolean meets) {
        Rational capaian = SpmCapaian.of(sasaran, dilayani).orElseThrow();
        assertThat(capaian).isEqualTo(Rational.parse(exact));
        assertThat(SpmCapaian.display(capaian)).isEqualTo(new BigDecimal(shown));
        assertThat(SpmCapaian.meetsTarget(capaian)).isEqualTo(meets);
    }

    @Test
    void shouldHaveNoCapaianWithoutSasaran() {
        assertThat(SpmCapaian.of(0, 0)).isEqualTo(Optional.empty());
    }

    @Test
    void shouldRefuseNegativeCounts() {
        assertThatThrownBy(() -> SpmCapaian.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpmCapaian.of(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
