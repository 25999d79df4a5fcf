package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void shouldRoundTripUnitChangedAndDeriveRegionParts() {
        UnitChanged event = UnitChanged.of(
                UUID.randomUUID(),
                3,
                "Puskesmas Somba Opu",
                "PUSKESMAS",
                "73.06.01",
                "Dinas Kesehatan",
                true,
                Instant.parse("2026-01-02T03:04:05Z"));

        RaporEvent read = EventCodec.read(EventCodec.write(event));

        assertThat(read).isEqualTo(event);
        assertThat(event.provinceCode()).isEqualTo("73");
        assertThat(event.regencyCode()).isEqualTo("73.06");
    }

    @Test
    void shouldIgnoreUnknownFields() {
        UnitChanged event = UnitChanged.of(UUID.randomUUID(), 1, "X", "OTHER", "73", null, true, Instant.now());
        String json = EventCodec.write(event).replaceFirst("\\{", "{\"futureField\":42,");

        assertThat(EventCodec.read(json)).isEqualTo(event);
    }

    @Test
    void shouldCarryScoreMomentsAndReadTalliesFromBeforeThem() {
        SurveyTallyChanged event = new SurveyTallyChanged(
                UUID.randomUUID(),
                SurveyTallyChanged.TYPE,
                SurveyTallyChanged.SCHEMA_VERSION,
                Instant.parse("2026-01-02T03:04:05Z"),
                UUID.randomUUID(),
                4,
                UUID.randomUUID(),
                "2026-S1",
                "SKM_2017",
                1,
                "PERMENPANRB_14_2017",
                "OPEN",
                300L,
                4,
                java.util.List.of(new SurveyTallyChanged.ItemTally("U1", "1", 12, 4, 1, 4)),
                null,
                null,
                0L,
                0L,
                new SurveyTallyChanged.ScoreTally(4, "12", "38"));

        String json = EventCodec.write(event);
        assertThat(EventCodec.read(json)).isEqualTo(event);

        String schema2 = json.replaceFirst(",\"scores\":\\{[^}]*\\}", "");
        assertThat(schema2).doesNotContain("scores");
        SurveyTallyChanged old = (SurveyTallyChanged) EventCodec.read(schema2);
        assertThat(old.scores()).isNull();
        assertThat(old.respondents()).isEqualTo(4);
    }

    @Test
    void shouldRejectMalformedEvents() {
        assertThatThrownBy(() -> EventCodec.read("{not json")).isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read("[1]")).isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read("{\"type\":\"Nope\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(
                        () -> EventCodec.read("{\"type\":\"UnitChanged\",\"eventId\":\"" + UUID.randomUUID() + "\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class)
                .hasMessageContaining("aggregate id");
    }

    @Test
    void shouldTellWhetherARegionLiesInsideAScope() {
        assertThat(RegionCodes.within("73.15.01", "73")).isTrue();
        assertThat(RegionCodes.within("73.15", "73.15")).isTrue();
        assertThat(RegionCodes.within("731.5", "73")).isFalse();
        assertThat(RegionCodes.within("64.01", "73")).isFalse();
        assertThat(RegionCodes.level("73.15.01")).isEqualTo(3);
    }
}
