package id.rapor.survey.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one request adds to (or, for a void, removes from) a campaign's tally, overall and per demographic group. */
public final class TallyDelta {

    /** The breakdown dimensions, in the order results list them. */
    public static final List<String> DIMENSIONS =
            List.of("gender", "ageBand", "education", "occupation", "serviceUsed");

    /** The group of respondents who left a demographic field empty. */
    public static final String NOT_GIVEN = "(tidak diisi)";

    /** One demographic group of one dimension. */
    public record GroupKey(String dimension, String value) {}

    /** One item within one demographic group. */
    public record GroupItemKey(String dimension, String value, String itemCode) {}

    /** One respondent added or removed, kept so the tally can add their score to the score moments. */
    public record Scored(Map<String, Integer> answers, List<GroupKey> groups, int sign) {}

    private long respondents;
    private final List<Scored> scored = new ArrayList<>();
    private final Map<String, long[]> items = new LinkedHashMap<>();
    /** Per combination of the respondents' groups (one per dimension): respondents and per item {sum, count}. */
    private final Map<List<String>, Combination> combinations = new LinkedHashMap<>();

    private Map<GroupKey, long[]> groups;
    private Map<GroupItemKey, long[]> groupItems;

    /** The respondents sharing one group in every dimension, summed (rows mostly share a few combinations). */
    private static final class Combination {
        final List<GroupKey> keys;
        long respondents;
        final Map<String, long[]> items = new LinkedHashMap<>();

        Combination(List<String> values) {
            List<GroupKey> k = new ArrayList<>(DIMENSIONS.size());
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                k.add(new GroupKey(DIMENSIONS.get(d), values.get(d)));
            }
            keys = List.copyOf(k);
        }
    }

    /**
     * Adds one respondent's answers ({@code sign} +1 to count, -1 to remove), with the demographic value of each
     * dimension ({@code demographics} values may be null: not given).
     */
    public void add(Map<String, Integer> answers, Map<String, String> demographics, int sign) {
        respondents += sign;
        String[] values = new String[DIMENSIONS.size()];
        for (int d = 0; d < values.length; d++) {
            String value = demographics.get(DIMENSIONS.get(d));
            values[d] = value == null ? NOT_GIVEN : value;
        }
        Combination combination = combinations.computeIfAbsent(List.of(values), Combination::new);
        combination.respondents += sign;
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            long value = (long) sign * answer.getValue();
            long[] sumCount = items.computeIfAbsent(answer.getKey(), k -> new long[2]);
            sumCount[0] += value;
            sumCount[1] += sign;
            long[] inGroups = combination.items.computeIfAbsent(answer.getKey(), k -> new long[2]);
            inGroups[0] += value;
            inGroups[1] += sign;
        }
        groups = null;
        groupItems = null;
        scored.add(new Scored(answers, combination.keys, sign));
    }

    /** The respondents added (sign 1) and removed (sign -1), in order. */
    public List<Scored> scored() {
        return scored;
    }

    public long respondents() {
        return respondents;
    }

    /** Per item code: {sum, count}. */
    public Map<String, long[]> items() {
        return items;
    }

    /** Per demographic group: {respondents}. */
    public Map<GroupKey, long[]> groups() {
        if (groups == null) {
            Map<GroupKey, long[]> g = new LinkedHashMap<>();
            for (Combination c : combinations.values()) {
                for (GroupKey key : c.keys) {
                    g.computeIfAbsent(key, k -> new long[1])[0] += c.respondents;
                }
            }
            groups = g;
        }
        return groups;
    }

    /** Per demographic group and item: {sum, count}. */
    public Map<GroupItemKey, long[]> groupItems() {
        if (groupItems == null) {
            Map<GroupItemKey, long[]> g = new LinkedHashMap<>();
            for (Combination c : combinations.values()) {
                for (GroupKey key : c.keys) {
                    for (Map.Entry<String, long[]> item : c.items.entrySet()) {
                        long[] sumCount = g.computeIfAbsent(
                                new GroupItemKey(key.dimension(), key.value(), item.getKey()), k -> new long[2]);
                        sumCount[0] += item.getValue()[0];
                        sumCount[1] += item.getValue()[1];
                    }
                }
            }
            groupItems = g;
        }
        return groupItems;
    }
}
