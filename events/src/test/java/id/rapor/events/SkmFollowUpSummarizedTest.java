package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SKM facts event round-trips exactly, is keyed by unit and year, and periods step to their neighbours. */
class SkmFollowUpSummarizedTest {

    @Test
    void shouldRoundTripKeyedByUnitAndYear() {
        UUID unit = UUID.randomUUID();
        SkmFollowUpSummarized event = new SkmFollowUpSummarized(
                UUID.randomUUID(),
                SkmFollowUpSummarized.TYPE,
                SkmFollowUpSummarized.SCHEMA_VERSION,
                Instant.parse("2026-12-01T03:04:05Z"),
                unit,
                2026,
                7,
                "73.71",
                2,
                true,
                true,
                80,
                1,
                List.of("WEBSITE"),
                3,
                2,
                new BigDecimal("66.67"),
                155,
                List.of("https://bukti.example/rtl.pdf"));

        assertThat(EventCodec.read(EventCodec.write(event))).isEqualTo(event);
        assertThat(event.aggregateId()).isEqualTo(unit + ":2026");
        assertThat(event.topic()).isEqualTo(Topics.SKM_FOLLOW_UP);
        assertThat(Topics.ALL).doesNotContain(Topics.SKM_FOLLOW_UP);
    }

    @Test
    void shouldStepToThePreviousAndNextPeriodOfTheSameKind() {
        assertThat(Period.require("2026-S1").previous()).contains(Period.semester(2025, 2));
        assertThat(Period.require("2026-S1").next()).contains(Period.semester(2026, 2));
        assertThat(Period.require("2026-S2").next()).contains(Period.semester(2027, 1));
        assertThat(Period.require("2026-Q1").previous()).contains(Period.quarter(2025, 4));
        assertThat(Period.require("2026-Q3").next()).contains(Period.quarter(2026, 4));
        assertThat(Period.require("2026-01").previous().map(Period::text)).contains("2025-12");
        assertThat(Period.require("2026").next()).contains(Period.year(2027));
        assertThat(Period.require("2026-01-01..2026-03-31").next()).isEmpty();
    }
}
