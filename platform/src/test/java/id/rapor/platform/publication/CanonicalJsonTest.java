package id.rapor.platform.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    record Item(String code, BigDecimal mean) {}

    record Result(String unit, Instant at, List<Item> items, Map<String, Integer> counts) {}

    /** The same fields as {@link Result}, declared in another order. */
    record ResultReordered(Map<String, Integer> counts, List<Item> items, Instant at, String unit) {}

    @Test
    void shouldHashSameContentInAnotherPropertyOrderTheSame() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 2);
        counts.put("a", 1);
        Map<String, Integer> countsReversed = new LinkedHashMap<>();
        countsReversed.put("a", 1);
        countsReversed.put("b", 2);
        Instant at = Instant.parse("2026-07-01T00:00:00Z");
        List<Item> items = List.of(new Item("U1", new BigDecimal("3.25")), new Item("U2", new BigDecimal("78.00")));

        Result one = new Result("u-1", at, items, counts);
        ResultReordered other = new ResultReordered(countsReversed, items, at, "u-1");

        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(other));
        assertThat(CanonicalJson.hash(one)).isEqualTo(CanonicalJson.hash(other));
    }

    @Test
    void shouldWriteSortedKeysWithoutWhitespaceAndExactDecimals() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("z", new BigDecimal("78.00"));
        content.put("a", Map.of("y", 1, "b", List.of(2, 1)));
        content.put("m", Instant.parse("2026-07-01T00:00:00Z"));

        String json = CanonicalJson.write(content);

        assertThat(json).isEqualTo("{\"a\":{\"b\":[2,1],\"y\":1},\"m\":\"2026-07-01T00:00:00Z\",\"z\":78.00}");
        // the same JSON text with other key order and whitespace canonicalises to the same text
        assertThat(CanonicalJson.ofJson(
                        "{ \"m\": \"2026-07-01T00:00:00Z\", \"z\": 78.00, \"a\": {\"y\": 1, \"b\": [2, 1]} }"))
                .isEqualTo(json);
        // sha256("{\"a\":{\"b\":[2,1],\"y\":1},\"m\":\"2026-07-01T00:00:00Z\",\"z\":78.00}") computed with sha256sum
        assertThat(CanonicalJson.sha256(json)).isEqualTo(HASH);
    }

    @Test
    void shouldHashDifferentContentDifferently() {
        assertThat(CanonicalJson.hash(Map.of("a", new BigDecimal("1.0"))))
                .isNotEqualTo(CanonicalJson.hash(Map.of("a", new BigDecimal("1.1"))));
    }

    private static final String HASH = "cd554c3f3e6c177a012693531decc577c3c6d94696490d1471c8abbcc676b7ed";
}
