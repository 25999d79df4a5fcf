package id.rapor.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rapor.events.AssessmentScored;
import id.rapor.events.Basis;
import id.rapor.events.EventCodec;
import id.rapor.events.GradeScale;
import id.rapor.events.RaporEvent;
import id.rapor.events.SurveyTallyChanged;
import id.rapor.events.SurveyTallyChanged.ItemTally;
import id.rapor.events.UnitChanged;
import id.rapor.scoring.Grading;
import id.rapor.testsupport.KafkaTestResource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private Fixtures() {}

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
    public static SurveyTallyChanged skm(
            UUID campaign, long version, UUID unit, String period, long count, long... sums) {
        return tally(campaign, version, unit, period, "SKM", SKM_2017, count, "1/9", 4, sums);
    }

    /** A tally of the fourteen 2004 unsur, weight 1/14 each. */
    public static SurveyTallyChanged ikm2004(
            UUID campaign, long version, UUID unit, String period, long count, long... sums) {
        return tally(campaign, version, unit, period, "IKM_2004", IKM_2004, count, "1/14", 4, sums);
    }

    public static SurveyTallyChanged tally(
            UUID campaign,
            long version,
            UUID unit,
            String period,
            String questionnaire,
            String regulation,
            long count,
            String weight,
            int scaleMax,
            long... sums) {
        List<ItemTally> items = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            items.add(new ItemTally("U" + (i + 1), weight, sums[i], count, 1, scaleMax));
        }
        return new SurveyTallyChanged(
                UUID.randomUUID(),
                SurveyTallyChanged.TYPE,
                SurveyTallyChanged.SCHEMA_VERSION,
                Instant.now(),
                campaign,
                version,
                unit,
                period,
                questionnaire,
                1,
                regulation,
                "OPEN",
                null,
                count,
                items,
                questionnaireScale(regulation),
                Basis.of(List.of("zone mapping of the mutu grades")));
    }

    /** Nine equal item sums. */
    public static long[] nine(long sum) {
        long[] sums = new long[9];
        java.util.Arrays.fill(sums, sum);
        return sums;
    }

    public static AssessmentScored assessment(
            UUID id, long version, String type, UUID unit, String index, String period, String tier, String total) {
        GradeScale scale = instrumentScale(index);
        Grading.Grade grade =
                total == null || scale == null ? null : scale.grading().grade(new BigDecimal(total));
        return new AssessmentScored(
                UUID.randomUUID(),
                type,
                AssessmentScored.SCHEMA_VERSION,
                Instant.now(),
                id,
                version,
                UUID.randomUUID(),
                Integer.parseInt(period.substring(0, 4)),
                period,
                unit,
                null,
                index + "_INSTRUMENT",
                1,
                index,
                tier,
                total == null ? null : new BigDecimal(total),
                "IPP".equals(index) ? new BigDecimal("5") : new BigDecimal("100"),
                List.of(new AssessmentScored.AspectScore(
                        "a",
                        "Kebijakan Pelayanan",
                        new BigDecimal("0.24"),
                        total == null ? null : new BigDecimal(total))),
                grade == null ? null : grade.code(),
                grade == null ? null : grade.label(),
                grade == null ? null : grade.zone(),
                grade == null ? null : grade.value(),
                scale,
                Basis.CONFIRMED);
    }

    /** The seeded instruments of the producer (assessment-service), index code → newest seeded version. */
    private static final Map<String, GradeScale> INSTRUMENT_SCALES = new HashMap<>();

    /**
     * The grading the producer publishes for an index: read from the assessment service's own seed migration, so
     * these fixtures carry the one authored table and never a copy.
     */
    public static synchronized GradeScale instrumentScale(String index) {
        if (INSTRUMENT_SCALES.isEmpty()) {
            try {
                StringBuilder seeds = new StringBuilder();
                for (String file :
                        List.of("V4__instrument_seeds.sql", "V23_3__cban.sql", "V27_1__register_instruments.sql")) {
                    seeds.append(Files.readString(
                            Path.of("..", "assessment-service", "src", "main", "resources", "db", "migration", file)));
                }
                String sql = seeds.toString();
                Matcher m = Pattern.compile(
                                "'([A-Z_]+)', (\\d+), '[^']*', '([A-Z_]+)'.*?\\$json\\$(.*?)\\$json\\$", Pattern.DOTALL)
                        .matcher(sql);
                ObjectMapper mapper = new ObjectMapper();
                while (m.find()) {
                    List<GradeScale.BandRow> bands = new ArrayList<>();
                    for (JsonNode b : mapper.readTree(m.group(4)).path("bands")) {
                        bands.add(new GradeScale.BandRow(
                                b.path("lowerBound").decimalValue(),
                                b.path("code").asText(),
                                b.path("label").asText(),
                                b.path("zone").asText()));
                    }
                    INSTRUMENT_SCALES.put(m.group(3), new GradeScale(m.group(1) + "/v" + m.group(2), 2, true, bands));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the assessment service's seeds", e);
            }
        }
        return INSTRUMENT_SCALES.get(index);
    }

    /**
     * The grading of the seeded questionnaires (survey-service V2 bands, zones as V10_1 sets them: A, B hijau,
     * C kuning, D merah), by regulation.
     */
    public static GradeScale questionnaireScale(String regulation) {
        if (SKM_2017.equals(regulation)) {
            return new GradeScale(
                    regulation,
                    2,
                    false,
                    List.of(
                            band("88.31", "A", "Sangat Baik", "HIJAU"),
                            band("76.61", "B", "Baik", "HIJAU"),
                            band("65.00", "C", "Kurang Baik", "KUNING"),
                            band("25.00", "D", "Tidak Baik", "MERAH")));
        }
        if (IKM_2004.equals(regulation)) {
            return new GradeScale(
                    regulation,
                    2,
                    false,
                    List.of(
                            band("81.26", "A", "Sangat Baik", "HIJAU"),
                            band("62.51", "B", "Baik", "HIJAU"),
                            band("43.76", "C", "Kurang Baik", "KUNING"),
                            band("25.00", "D", "Tidak Baik", "MERAH")));
        }
        return new GradeScale(regulation, 2, false, List.of());
    }

    private static GradeScale.BandRow band(String lower, String code, String label, String zone) {
        return new GradeScale.BandRow(new BigDecimal(lower), code, label, zone);
    }

    public static AssessmentScored verified(UUID unit, String index, String period, String total) {
        return assessment(UUID.randomUUID(), 1, AssessmentScored.VERIFIED, unit, index, period, "PROVINSI", total);
    }
}
