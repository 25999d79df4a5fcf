package id.rapor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one apply rule of UnitChanged both replicas follow, on events as the producer writes them. */
class UnitChangedRuleTest {

    private static UnitChanged produced(long version, String region) {
        UnitChanged event = UnitChanged.of(
                UUID.randomUUID(),
                version,
                "Puskesmas Somba Opu",
                "PUSKESMAS",
                region,
                "Dinas Kesehatan",
                true,
                Instant.parse("2026-01-02T03:04:05Z"));
        return (UnitChanged) EventCodec.read(EventCodec.write(event));
    }

    @Test
    void shouldApplyOnlyAStrictlyNewerVersion() {
        UnitChanged v3 = produced(3, "73.06.01");
        assertThat(v3.supersedes(2)).isTrue();
        assertThat(v3.supersedes(3)).isFalse();
        assertThat(v3.supersedes(4)).isFalse();
        assertThat(v3.defect()).isEmpty();
    }

    @Test
    void shouldDeriveProvinceAndRegencyWhenAProducerLeavesThemOut() {
        UnitChanged full = produced(1, "73.06.01");
        UnitChanged bare = new UnitChanged(
                full.eventId(),
                full.type(),
                full.schemaVersion(),
                full.occurredAt(),
                full.unitId(),
                1,
                full.name(),
                full.unitType(),
                "73.06.01",
                null,
                null,
                null,
                true,
                null,
                null);
        assertThat(bare.province()).isEqualTo("73").isEqualTo(full.province());
        assertThat(bare.regency()).isEqualTo("73.06").isEqualTo(full.regency());
        assertThat(produced(1, "73").regency()).isNull();
    }

    @Test
    void shouldNameTheDefectOfAnEventNoReplicaMayHold() {
        UnitChanged ok = produced(1, "73.06");
        for (String region : new String[] {"7", "73.6", "73.4444", "73.06.01.1", "73..06", "", null}) {
            UnitChanged bad = new UnitChanged(
                    ok.eventId(),
                    ok.type(),
                    1,
                    ok.occurredAt(),
                    ok.unitId(),
                    1,
                    ok.name(),
                    ok.unitType(),
                    region,
                    null,
                    null,
                    null,
                    true,
                    null,
                    null);
            assertThat(bad.defect()).as(String.valueOf(region)).get().asString().contains("regionCode");
        }
        UnitChanged nameless = new UnitChanged(
                ok.eventId(),
                ok.type(),
                1,
                ok.occurredAt(),
                ok.unitId(),
                1,
                " ",
                ok.unitType(),
                "73.06",
                null,
                null,
                null,
                true,
                null,
                null);
        assertThat(nameless.defect()).isPresent();
        assertThat(RegionCodes.isValid("73.06.01.2001")).isTrue();
    }

    @Test
    void shouldHoldAnInstansiWithoutRegionAndRefuseAUnitWithout() {
        java.util.UUID id = java.util.UUID.randomUUID();
        UnitChanged kai = UnitChanged.of(
                id, 1, "PT Kereta Api Indonesia", "BUMN", null, null, true, UnitChanged.INSTANSI, null, Instant.now());
        assertThat(kai.schemaVersion()).isEqualTo(2);
        assertThat(kai.defect()).isEmpty();
        assertThat(kai.province()).isNull();
        UnitChanged branch = UnitChanged.of(
                java.util.UUID.randomUUID(),
                1,
                "Stasiun Bandung",
                "OTHER",
                "32.73",
                null,
                true,
                UnitChanged.UNIT,
                id,
                Instant.now());
        assertThat(branch.defect()).isEmpty();
        assertThat(UnitChanged.of(id, 1, "X", "BUMN", "32", null, true, UnitChanged.INSTANSI, null, Instant.now())
                        .defect())
                .get()
                .asString()
                .contains("an INSTANSI has no regionCode");
        assertThat(UnitChanged.of(id, 1, "X", "PEMDA", null, null, true, UnitChanged.PEMDA, null, Instant.now())
                        .defect())
                .get()
                .asString()
                .contains("regionCode");
        assertThat(UnitChanged.of(id, 1, "X", "PEMDA", "32", null, true, "PLANET", null, Instant.now())
                        .defect())
                .get()
                .asString()
                .contains("subjectKind");
    }
}
