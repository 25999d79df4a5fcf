package id.rapor.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void shouldParseYearSemesterQuarterAndRange() {
        assertThat(Period.parse("2026")).isEqualTo(new Period("2026", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(Period.parse("2026-S2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-S2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.parse("2026-Q1").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.parse("2026-Q4").start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Period.parse("2026-02-01..2026-02-28").end()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void shouldRejectUnknownFormsAndBackwardRanges() {
        assertThatThrownBy(() -> Period.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2026-03-01..2026-02-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2026-02-30..2026-03-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
