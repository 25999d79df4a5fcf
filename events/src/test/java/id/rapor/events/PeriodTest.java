package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void shouldReadEveryFormWithItsFirstAndLastDay() {
        assertThat(Period.parse("2026"))
                .contains(new Period("2026", Period.Kind.YEAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(Period.require("2026-S2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.require("2026-S2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Period.require("2026-Q1").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.require("2026-Q3").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.require("2026-Q3").kind()).isEqualTo(Period.Kind.QUARTER);
        assertThat(Period.require("2028-02").end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Period.require("2026-02-01..2026-02-28").end()).isEqualTo(LocalDate.of(2026, 2, 28));
        // the slash form reads the same and is formatted with ".."
        assertThat(Period.require("2026-02-01/2026-04-30")).isEqualTo(Period.require("2026-02-01..2026-04-30"));
        assertThat(Period.require("2026-02-01/2026-04-30").text()).isEqualTo("2026-02-01..2026-04-30");
        assertThat(Period.require(" 2026-S1 ").text()).isEqualTo("2026-S1");
    }

    @Test
    void shouldRejectUnknownOrInvertedPeriods() {
        for (String bad : new String[] {
            "2026-S3", "2026-Q5", "2026-13", "last year", "2026-05-01..2026-04-30", "2026-02-30..2026-03-01", "26", ""
        }) {
            assertThat(Period.parse(bad)).as(bad).isEmpty();
            assertThatThrownBy(() -> Period.require(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(Period.FORMS);
        }
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void shouldTellWhichPeriodsRollUpIntoAYear() {
        Period year = Period.year(2026);
        assertThat(year.contains(Period.semester(2026, 1))).isTrue();
        assertThat(year.contains(Period.require("2026-Q4"))).isTrue();
        assertThat(year.contains(Period.require("2026-07"))).isTrue();
        assertThat(year.contains(Period.require("2026-03-01..2026-05-31"))).isTrue();
        assertThat(year.contains(Period.require("2026-12-01..2027-01-31"))).isFalse();
        assertThat(year.contains(Period.semester(2025, 2))).isFalse();
        assertThat(Period.semester(2026, 1).contains(year)).isFalse();
    }
}
