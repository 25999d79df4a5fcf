package id.rapor.ranking.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void shouldReadEveryPeriodFormTheProducersWrite() {
        assertThat(Period.parse("2026")).contains(new Period("2026", Period.Kind.YEAR, LocalDate.of(2026, 1, 1)));
        assertThat(Period.parse("2026-S2").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-Q3").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.parse("2026-Q3").orElseThrow().kind()).isEqualTo(Period.Kind.QUARTER);
        assertThat(Period.parse("2026-11").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Period.parse("2026-02-01/2026-04-30").orElseThrow().start()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void shouldRejectUnknownOrInvertedPeriods() {
        assertThat(Period.parse("2026-S3")).isEmpty();
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("last year")).isEmpty();
        assertThat(Period.parse("2026-05-01/2026-04-30")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
    }
}
