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
