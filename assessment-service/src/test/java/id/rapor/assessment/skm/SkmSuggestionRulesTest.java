package id.rapor.assessment.skm;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.events.SkmFollowUpSummarized;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The levels of indicators 8 and 9 follow the confirmed texts (REFERENCE §3.5), table-driven. */
class SkmSuggestionRulesTest {

    private static SkmFollowUpSummarized facts(int total, int done, Integer days) {
        return new SkmFollowUpSummarized(
                UUID.randomUUID(),
                SkmFollowUpSummarized.TYPE,
                1,
                Instant.now(),
                UUID.randomUUID(),
                2026,
                1,
                "73",
                1,
                true,
                true,
                50,
                0,
                List.of(),
                total,
                done,
                total == 0
                        ? null
                        : BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP),
                days,
                List.of());
    }

    @ParameterizedTest
    @CsvSource({"0,0,0", "4,0,1", "10,2,2", "10,3,3", "10,8,3", "10,9,4", "10,10,5", "3,1,3"})
    void shouldReadRtlDoneIntoIndicator8(int total, int done, int level) {
        assertThat(SkmSuggestionRules.suggest("RTL_DONE", facts(total, done, null))
                        .value())
                .isEqualByComparingTo(BigDecimal.valueOf(level));
    }

    @ParameterizedTest
    @CsvSource({"0,5", "31,5", "32,4", "92,4", "183,3", "274,2", "366,1", "367,0"})
    void shouldReadFollowUpDaysIntoIndicator9(int days, int level) {
        assertThat(SkmSuggestionRules.suggest("FOLLOW_UP_SPEED", facts(1, 1, days))
                        .value())
                .isEqualByComparingTo(BigDecimal.valueOf(level));
    }
}
