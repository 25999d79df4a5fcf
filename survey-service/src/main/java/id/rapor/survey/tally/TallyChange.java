package id.rapor.survey.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.rapor.scoring.Rational;
import id.rapor.scoring.ScoreMoments;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A summable change of a campaign's tally: respondents, held-back counts, per item and per group sums and the
 * respondents' score moments. Changes are added in any order (every part is a sum), so writers append them without
 * a lock and one folder adds them up; stored as JSON in {@code campaign_tally_change}.
 */
public final class TallyChange {

    long respondents;
    long flagged;
    long excluded;
    final Map<String, long[]> items = new LinkedHashMap<>();
    final Map<TallyDelta.GroupKey, long[]> groups = new LinkedHashMap<>();
    final Map<TallyDelta.GroupItemKey, long[]> groupItems = new LinkedHashMap<>();
    ScoreMoments score = ScoreMoments.EMPTY;
    final Map<TallyDelta.GroupKey, ScoreMoments> groupScores = new LinkedHashMap<>();

    /** The change a delta of respondents makes, with their score moments under the questionnaire's weights. */
    public static TallyChange of(TallyDelta delta, Map<String, Rational> weights, long flagged) {
        TallyChange c = new TallyChange();
        c.respondents = delta.respondents();
        c.flagged = flagged;
        delta.items().forEach((k, v) -> c.items.put(k, v.clone()));
        delta.groups().forEach((k, v) -> c.groups.put(k, v.clone()));
        delta.groupItems().forEach((k, v) -> c.groupItems.put(k, v.clone()));
        ScoreTallies.Change scores = ScoreTallies.change(delta, weights);
        c.score = scores.overall();
        c.groupScores.putAll(scores.groups());
        return c;
    }

    /** Adds another change to this one. */
    public TallyChange plus(TallyChange other) {
        respondents += other.respondents;
        flagged += other.flagged;
        excluded += other.excluded;
        other.items.forEach((k, v) -> add(items.computeIfAbsent(k, x -> new long[2]), v));
        other.groups.forEach((k, v) -> add(groups.computeIfAbsent(k, x -> new long[1]), v));
        other.groupItems.forEach((k, v) -> add(groupItems.computeIfAbsent(k, x -> new long[2]), v));
        score = score.plus(other.score);
        other.groupScores.forEach((k, v) -> groupScores.merge(k, v, ScoreMoments::plus));
        return this;
    }

    public long respondents() {
        return respondents;
    }

    public long flagged() {
        return flagged;
    }

    /** Whether the change moves nothing at all. */
    public boolean isEmpty() {
        return respondents == 0
                && flagged == 0
                && excluded == 0
                && items.isEmpty()
                && groups.isEmpty()
                && score.equals(ScoreMoments.EMPTY);
    }

    /** The stored form. */
    public String toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("excluded", excluded);
        ObjectNode itemNode = root.putObject("items");
        items.forEach((k, v) -> itemNode.putArray(k).add(v[0]).add(v[1]));
        ArrayNode groupNode = root.putArray("groups");
        groups.forEach(
                (k, v) -> groupNode.addArray().add(k.dimension()).add(k.value()).add(v[0]));
        ArrayNode groupItemNode = root.putArray("groupItems");
        groupItems.forEach((k, v) -> groupItemNode
                .addArray()
                .add(k.dimension())
                .add(k.value())
                .add(k.itemCode())
                .add(v[0])
                .add(v[1]));
        moments(root.putArray("score"), score);
        ArrayNode groupScoreNode = root.putArray("groupScores");
        groupScores.forEach(
                (k, v) -> moments(groupScoreNode.addArray().add(k.dimension()).add(k.value()), v));
        return root.toString();
    }

    /** Reads the stored form back. */
    public static TallyChange fromJson(ObjectMapper mapper, long respondents, long flagged, String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored tally change is not readable", e);
        }
        TallyChange c = new TallyChange();
        c.respondents = respondents;
        c.flagged = flagged;
        c.excluded = root.path("excluded").asLong();
        root.path("items")
                .fields()
                .forEachRemaining(e -> c.items.put(e.getKey(), new long[] {
                    e.getValue().get(0).asLong(), e.getValue().get(1).asLong()
                }));
        for (JsonNode g : root.path("groups")) {
            c.groups.put(
                    new TallyDelta.GroupKey(g.get(0).asText(), g.get(1).asText()),
                    new long[] {g.get(2).asLong()});
        }
        for (JsonNode g : root.path("groupItems")) {
            c.groupItems.put(
                    new TallyDelta.GroupItemKey(
                            g.get(0).asText(), g.get(1).asText(), g.get(2).asText()),
                    new long[] {g.get(3).asLong(), g.get(4).asLong()});
        }
        JsonNode s = root.path("score");
        c.score = ScoreMoments.parse(
                s.get(0).asLong(), s.get(1).asText(), s.get(2).asText());
        for (JsonNode g : root.path("groupScores")) {
            c.groupScores.put(
                    new TallyDelta.GroupKey(g.get(0).asText(), g.get(1).asText()),
                    ScoreMoments.parse(
                            g.get(2).asLong(), g.get(3).asText(), g.get(4).asText()));
        }
        return c;
    }

    private static void moments(ArrayNode node, ScoreMoments m) {
        node.add(m.count()).add(m.sum().toString()).add(m.sumOfSquares().toString());
    }

    private static void add(long[] into, long[] value) {
        for (int i = 0; i < into.length; i++) {
            into[i] += value[i];
        }
    }
}
