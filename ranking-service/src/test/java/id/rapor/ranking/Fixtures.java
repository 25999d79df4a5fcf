package id.rapor.ranking;

import id.rapor.events.AssessmentScored;
import id.rapor.events.EventCodec;
import id.rapor.events.RaporEvent;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.events.UnitChanged;
import id.rapor.testsupport.KafkaTestResource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Builds contract events and publishes them to the real broker, as the producing services would. */
public final class Fixtures {

    public static final String SKM_2017 = "PERMENPANRB_14_2017";
    public static final String IKM_2004 = "KEPMENPAN_25_2004";

    /** Each test takes its own province so rankings never see another test's units. */
    private static final AtomicInteger PROVINCES = new AtomicInteger(10);

    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    /** A province code no other test in this JVM uses. */
    public static String freshProvince() {
        return String.valueOf(PROVINCES.incrementAndGet());
    }

    /** Publishes events in the given order, keyed by aggregate id, and waits for the acknowledgements. */
    public static void publish(RaporEvent... events) {
        for (RaporEvent event : events) {
            send(event.topic(), event.aggregateId(), EventCodec.write(event));
        }
    }

    /** Publishes a raw value, e.g. a malformed one. */
    public static synchronized void send(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static UnitChanged unit(UUID id, long version, String name, String type, String region, boolean active) {
        return UnitChanged.of(id, version, name, type, region, "Pemerintah Daerah", active, Instant.now());
    }

    public static UnitChanged unit(UUID id, String name, String region) {
        return unit(id, 1, name, "PUSKESMAS", region, true);
    }

    /**
     * A tally of the nine SKM 2017 unsur, weight 1/9 each, every item answered {@code count} times with the
     * given sums (U1..U9).
     */
    public static SurveyTallyChanged skm(UUID campaign, long version, UUID unit, String period, long count,
            long... sums) {
        return tally(campaign, version, unit, period, "SKM", SKM_2017, count, "1/9", 4, sums);
    }

    /** A tally of the fourteen 2004 unsur, weight 1/14 each. */
    public static SurveyTallyChanged ikm2004(UUID campaign, long version, UUID unit, String period, long count,
            long... sums) {
        return tally(campaign, version, unit, period, "IKM_2004", IKM_2004, count, "1/14", 4, sums);
    }

    public static SurveyTallyChanged tally(UUID campaign, long version, UUID unit, String period,
            String questionnaire, String regulation, long count, String weight, int scaleMax, long... sums) {
        List<ItemTally> items = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            items.add(new ItemTally("U" + (i + 1), weight, sums[i], count, 1, scaleMax));
        }
        return new SurveyTallyChanged(UUID.randomUUID(), SurveyTallyChanged.TYPE, SurveyTallyChanged.SCHEMA_VERSION,
                Instant.now(), campaign, version, unit, period, questionnaire, 1, regulation, "OPEN", null, count,
                items);
    }

    /** Nine equal item sums. */
    public static long[] nine(long sum) {
        long[] sums = new long[9];
        java.util.Arrays.fill(sums, sum);
        return sums;
    }

    public static AssessmentScored assessment(UUID id, long version, String type, UUID unit, String index,
            String period, String tier, String total) {
        return new AssessmentScored(UUID.randomUUID(), type, AssessmentScored.SCHEMA_VERSION, Instant.now(), id,
                version, UUID.randomUUID(), Integer.parseInt(period.substring(0, 4)), period, unit, null,
                index + "_INSTRUMENT", 1, index, tier, total == null ? null : new BigDecimal(total),
                "IPP".equals(index) ? new BigDecimal("5") : new BigDecimal("100"),
                List.of(new AssessmentScored.AspectScore("a", "Kebijakan Pelayanan", new BigDecimal("0.24"),
                        total == null ? null : new BigDecimal(total))), null, null, null);
    }

    public static AssessmentScored verified(UUID unit, String index, String period, String total) {
        return assessment(UUID.randomUUID(), 1, AssessmentScored.VERIFIED, unit, index, period, "PROVINSI", total);
    }
}
