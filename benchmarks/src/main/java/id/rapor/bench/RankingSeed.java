package id.rapor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.RaporEvent;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.UnitChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Gives the ranking national-scale data for its query benchmark: units in every kab/kota the assessment service
 * knows, each with an SKM tally and a verified IPP, published straight to the topics as the producing services
 * would (no survey responses or assessments behind them). Also measures how fast the ranking projects them.
 */
final class RankingSeed {

    private static final List<String> SKM_ITEMS = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    /** How many units and events were published and how long the ranking took to rank them all. */
    record Result(int regencies, int units, int events, double projectSeconds) {}

    private RankingSeed() {}

    static Result run(
            GatewayClient gateway, String bootstrapServers, int unitsPerRegency, String period, Duration timeout)
            throws Exception {
        List<String> regencies = new ArrayList<>();
        for (JsonNode region :
                gateway.get("/api/v1/regions?level=regency&size=10000").path("items")) {
            regencies.add(region.path("code").asText());
        }
        if (regencies.isEmpty()) {
            throw new IllegalStateException("the assessment service lists no kab/kota at /api/v1/regions");
        }
        String year = period.substring(0, 4);
        long before = rankedUnits(gateway, period, year);
        SplittableRandom random = new SplittableRandom(2026);
        Instant now = Instant.now();
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("acks", "all");
        props.put("linger.ms", "20");
        int units = 0;
        int events = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (String regency : regencies) {
                for (int u = 0; u < unitsPerRegency; u++) {
                    UUID unit = UUID.randomUUID();
                    long n = 50 + random.nextInt(350);
                    List<SurveyTallyChanged.ItemTally> items = new ArrayList<>();
                    for (String item : SKM_ITEMS) {
                        // a per-item mean between 2.0 and 4.0: IKM from about 50 to 100, every mutu band
                        items.add(new SurveyTallyChanged.ItemTally(
                                item, "1/9", n * 2 + random.nextLong(n * 2 + 1), n, 1, 4));
                    }
                    // an IPP between 1.00 and 5.00, already on the instrument's two decimals
                    BigDecimal ipp = BigDecimal.valueOf(100 + random.nextInt(401), 2);
                    List<RaporEvent> batch = List.of(
                            UnitChanged.of(
                                    unit, 1, "Seed " + regency + "/" + u, "PUSKESMAS", regency, "Benchmark", true, now),
                            new SurveyTallyChanged(
                                    UUID.randomUUID(),
                                    SurveyTallyChanged.TYPE,
                                    SurveyTallyChanged.SCHEMA_VERSION,
                                    now,
                                    UUID.randomUUID(),
                                    1,
                                    unit,
                                    period,
                                    "SKM_2017",
                                    1,
                                    "PERMENPANRB_14_2017",
                                    "CLOSED",
                                    null,
                                    n,
                                    items),
                            new AssessmentScored(
                                    UUID.randomUUID(),
                                    AssessmentScored.VERIFIED,
                                    AssessmentScored.SCHEMA_VERSION,
                                    now,
                                    UUID.randomUUID(),
                                    1,
                                    UUID.randomUUID(),
                                    Integer.parseInt(year),
                                    year,
                                    unit,
                                    regency,
                                    "PEKPPP_2023",
                                    1,
                                    "IPP",
                                    "PROVINSI",
                                    ipp,
                                    BigDecimal.valueOf(5),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    ipp,
                                    null,
                                    null));
                    for (RaporEvent event : batch) {
                        producer.send(
                                new ProducerRecord<>(event.topic(), event.aggregateId(), EventCodec.write(event)));
                        events++;
                    }
                    units++;
                }
            }
            producer.flush();
        }
        long expected = before + units;
        long deadline = System.nanoTime() + timeout.toNanos();
        long ranked = before;
        while (ranked < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the ranking ranks " + (ranked - before) + " of " + units
                        + " seeded units after " + timeout.toSeconds() + " s");
            }
            GatewayClient.sleep(500);
            ranked = rankedUnits(gateway, period, year);
        }
        return new Result(regencies.size(), units, events, (System.nanoTime() - start) / 1e9);
    }

    /** Units with a result in both seeded indices: the fewer of the IKM and the IPP ranking's totals. */
    private static long rankedUnits(GatewayClient gateway, String period, String year) {
        return Math.min(
                gateway.get("/api/v1/ranking/units?index=IKM&period=" + period + "&size=1")
                        .path("total")
                        .asLong(0),
                gateway.get("/api/v1/ranking/units?index=IPP&period=" + year + "&size=1")
                        .path("total")
                        .asLong(0));
    }
}
