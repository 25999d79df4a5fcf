package id.rapor.survey.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Quality flags computed when responses arrive, under the campaign's tally lock. A flagged response is stored but
 * held out of the tally (and so out of the IKM and the ranking) until an evaluator of the region accepts it.
 */
@ApplicationScoped
public class QualityFlags {

    /** Every answered item has the same value. */
    public static final String STRAIGHT_LINING = "STRAIGHT_LINING";
    /** The same answers as the campaign's immediately preceding responses. */
    public static final String IDENTICAL_RUN = "IDENTICAL_RUN";
    /** Many single submissions from one client to one campaign in a short time. */
    public static final String BURST = "BURST";
    /** More respondents than the unit served in the period (the campaign's population). */
    public static final String BEYOND_POPULATION = "BEYOND_POPULATION";
    /** Paper forms imported without the reference of their batch of forms. */
    public static final String PAPER_WITHOUT_BATCH = "PAPER_WITHOUT_BATCH";
    /** A single submission outside the unit's service hours (in the unit's time zone). */
    public static final String OUTSIDE_SERVICE_HOURS = "OUTSIDE_SERVICE_HOURS";

    @Inject
    EntityManager em;

    @Inject
    IntegrityConfig config;

    @Inject
    ObjectMapper mapper;

    /** What is known about the request whose rows are assessed. */
    public record Arrival(
            UUID campaignId,
            Long population,
            long alreadyReceived,
            boolean paper,
            String batchReference,
            String clientKey,
            Instant at,
            boolean outsideServiceHours) {}

    /** The flags of each row, in row order (an empty list: clean). */
    public List<List<String>> assess(Arrival arrival, List<Map<String, Integer>> rows) {
        IntegrityConfig.Flags cfg = config.flags();
        int runLength = Math.max(2, cfg.identicalRun());
        Previous previous = previous(arrival, runLength - 1);
        Deque<Map<String, Integer>> recent = new ArrayDeque<>(previous.answers());
        long burst = previous.fromClient();
        List<List<String>> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Integer> answers = new TreeMap<>(rows.get(i));
            List<String> flags = new ArrayList<>();
            if (answers.size() >= cfg.straightLiningItems() && new HashSet<>(answers.values()).size() == 1) {
                flags.add(STRAIGHT_LINING);
            }
            if (recent.size() >= runLength - 1
                    && recent.stream().limit(runLength - 1).allMatch(answers::equals)) {
                flags.add(IDENTICAL_RUN);
            }
            if (arrival.clientKey() != null && burst + i + 1 >= cfg.burstCount()) {
                flags.add(BURST);
            }
            if (arrival.population() != null && arrival.alreadyReceived() + i + 1 > arrival.population()) {
                flags.add(BEYOND_POPULATION);
            }
            if (arrival.paper()
                    && (arrival.batchReference() == null
                            || arrival.batchReference().isBlank())) {
                flags.add(PAPER_WITHOUT_BATCH);
            }
            if (arrival.outsideServiceHours()) {
                flags.add(OUTSIDE_SERVICE_HOURS);
            }
            recent.addFirst(answers);
            if (recent.size() > runLength) {
                recent.removeLast();
            }
            result.add(flags);
        }
        return result;
    }

    /** The answers of the campaign's last stored responses (newest first) and the client's recent submissions. */
    private record Previous(List<Map<String, Integer>> answers, long fromClient) {}

    /**
     * The answers of the campaign's last {@code n} stored responses and the number of submissions of the arrival's
     * client within the burst window (0 without a client), in one round trip.
     */
    private Previous previous(Arrival arrival, int n) {
        String sql = "select array(select answers::text from survey_response where campaign_id = ? and not voided "
                + "order by id desc limit ?), "
                + (arrival.clientKey() == null
                        ? "0"
                        : "(select count(*) from survey_response where campaign_id = ? and client_key = ? "
                                + "and submitted_at > ?)");
        List<String> rows = new ArrayList<>();
        long fromClient = em.unwrap(Session.class).doReturningWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setObject(1, arrival.campaignId());
                ps.setInt(2, n);
                if (arrival.clientKey() != null) {
                    ps.setObject(3, arrival.campaignId());
                    ps.setString(4, arrival.clientKey());
                    ps.setObject(
                            5,
                            OffsetDateTime.ofInstant(
                                    arrival.at().minus(config.flags().burstWindow()), ZoneOffset.UTC));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Array answers = rs.getArray(1);
                    rows.addAll(Arrays.asList((String[]) answers.getArray()));
                    answers.free();
                    return rs.getLong(2);
                }
            }
        });
        List<Map<String, Integer>> answers = new ArrayList<>();
        for (String json : rows) {
            try {
                answers.add(new TreeMap<>(mapper.readValue(json, new TypeReference<Map<String, Integer>>() {})));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored answers are not readable", e);
            }
        }
        return new Previous(answers, fromClient);
    }
}
