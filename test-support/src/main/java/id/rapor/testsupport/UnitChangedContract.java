package id.rapor.testsupport;

import id.rapor.events.EventCodec;
import id.rapor.events.UnitChanged;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The UnitChanged contract as both replicas (the survey service's unit replica, the ranking service's unit
 * projection) must honour it: one delivery sequence of events made the way the assessment service makes them
 * ({@link UnitChanged#of} serialised with {@link EventCodec}), with duplicates, a stale version arriving after a
 * newer one and two defective events, and the one state every consumer must end in. Each consumer's test sends
 * {@link #deliveries()} through its real Kafka consumer and compares its replica with {@link #expected()}.
 */
public record UnitChangedContract(UUID unitId, List<String> deliveries, List<String> defective, State expected) {

    /** A replica's state after the sequence, in the field names of both services' unit views. */
    public record State(
            long version,
            String name,
            String unitType,
            String regionCode,
            String provinceCode,
            String regencyCode,
            boolean active) {}

    /** A fresh sequence for a new unit id (so tests sharing a broker never see each other's events). */
    public static UnitChangedContract fresh() {
        UUID id = UUID.randomUUID();
        String tag = id.toString().substring(0, 8);
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        String v1 = produce(id, 1, "Disdukcapil Gowa " + tag, "DISDUKCAPIL", "73.06", true, t);
        String v2 = produce(id, 2, "Disdukcapil Gowa (lama) " + tag, "DISDUKCAPIL", "73.06", true, t.plusSeconds(60));
        String v3 = produce(
                id, 3, "Disdukcapil Kabupaten Gowa " + tag, "DISDUKCAPIL", "73.06.01", false, t.plusSeconds(120));
        // defective as a faulty producer would send them: a newer version, so only the defect rule keeps them out
        String badRegion = produce(id, 9, "Region Rusak " + tag, "DISDUKCAPIL", "73.6", true, t.plusSeconds(180));
        String noName = produce(id, 10, " ", "DISDUKCAPIL", "73.06", true, t.plusSeconds(240));
        // v1 twice, v3 before v2 (stale when it arrives), v3 again, the defective ones last
        return new UnitChangedContract(
                id,
                List.of(v1, v1, v3, v2, v3, badRegion, noName),
                List.of(badRegion, noName),
                new State(3, "Disdukcapil Kabupaten Gowa " + tag, "DISDUKCAPIL", "73.06.01", "73", "73.06", false));
    }

    /** The dead-letter reason each defective delivery must carry, in {@link #defective()} order. */
    public List<String> defectReasons() {
        return List.of("regionCode", "no name");
    }

    /** The event payload exactly as the assessment service's outbox writes it. */
    private static String produce(
            UUID id, long version, String name, String type, String region, boolean active, Instant at) {
        return EventCodec.write(
                UnitChanged.of(id, version, name, type, region, "Pemerintah Kabupaten Gowa", active, at));
    }
}
