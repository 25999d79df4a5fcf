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
    private final Map<GroupKey, long[]> groups = new LinkedHashMap<>();
    private final Map<GroupItemKey, long[]> groupItems = new LinkedHashMap<>();

    /**
     * Adds one respondent's answers ({@code sign} +1 to count, -1 to remove), with the demographic value of each
     * dimension ({@code demographics} values may be null: not given).
     */
    public void add(Map<String, Integer> answers, Map<String, String> demographics, int sign) {
        respondents += sign;
        List<GroupKey> keys = new ArrayList<>(DIMENSIONS.size());
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            long[] sumCount = items.computeIfAbsent(answer.getKey(), k -> new long[2]);
            sumCount[0] += (long) sign * answer.getValue();
            sumCount[1] += sign;
        }
        for (String dimension : DIMENSIONS) {
            String value = demographics.get(dimension);
            String group = value == null ? NOT_GIVEN : value;
            keys.add(new GroupKey(dimension, group));
            groups.computeIfAbsent(new GroupKey(dimension, group), k -> new long[1])[0] += sign;
            for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                long[] sumCount = groupItems.computeIfAbsent(
                        new GroupItemKey(dimension, group, answer.getKey()), k -> new long[2]);
                sumCount[0] += (long) sign * answer.getValue();
                sumCount[1] += sign;
            }
        }
        scored.add(new Scored(answers, keys, sign));
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
        return groups;
    }

    /** Per demographic group and item: {sum, count}. */
    public Map<GroupItemKey, long[]> groupItems() {
        return groupItems;
    }
}
