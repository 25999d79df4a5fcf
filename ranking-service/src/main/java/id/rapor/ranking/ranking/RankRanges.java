package id.rapor.ranking.ranking;

import id.rapor.ranking.ranking.RankingDtos.RankRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The ranks a unit could hold given every ranked unit's interval [lo, hi] (a value without an interval is [v, v]):
 * best = 1 + units certainly above (lo' &gt; hi), worst = 1 + other units possibly above (hi' &gt; lo). Two units whose
 * intervals overlap can swap places, so their ranges overlap. Sorted bounds and binary search: O(n log n).
 */
public final class RankRanges {

    private final BigDecimal[] lows;
    private final BigDecimal[] highs;

    private RankRanges(BigDecimal[] lows, BigDecimal[] highs) {
        this.lows = lows;
        this.highs = highs;
    }

    /** The bounds of every ranked unit in scope: rows of {lo, hi}. */
    static RankRanges of(List<Object[]> bounds) {
        BigDecimal[] lows = new BigDecimal[bounds.size()];
        BigDecimal[] highs = new BigDecimal[bounds.size()];
        for (int i = 0; i < bounds.size(); i++) {
            lows[i] = (BigDecimal) bounds.get(i)[0];
            highs[i] = (BigDecimal) bounds.get(i)[1];
        }
        Arrays.sort(lows);
        Arrays.sort(highs);
        return new RankRanges(lows, highs);
    }

    /**
     * Competition ranks (1, 2, 2, 4) and rank ranges over rows already in ranking order (value descending, rows
     * without a value last): a row without a value gets no rank and no range. {@code ranked} makes the row with
     * its rank and range; {@code lower} and {@code upper} are its interval's bounds, or null without one (the
     * value then counts as exact).
     */
    public static <T> List<T> rank(
            List<T> ordered,
            Function<T, BigDecimal> value,
            Function<T, BigDecimal> lower,
            Function<T, BigDecimal> upper,
            BiFunction<T, Integer, Function<RankRange, T>> ranked) {
        List<Object[]> bounds = new ArrayList<>();
        for (T row : ordered) {
            if (value.apply(row) != null) {
                bounds.add(new Object[] {lo(row, value, lower), hi(row, value, upper)});
            }
        }
        RankRanges ranges = of(bounds);
        List<T> out = new ArrayList<>(ordered.size());
        BigDecimal previous = null;
        Integer previousRank = null;
        for (int i = 0; i < ordered.size(); i++) {
            T row = ordered.get(i);
            BigDecimal v = value.apply(row);
            if (v == null) {
                out.add(ranked.apply(row, null).apply(null));
                continue;
            }
            // competition ranking: a tie keeps the rank of the first of its group
            Integer rank = previous != null && previous.compareTo(v) == 0 ? previousRank : i + 1;
            out.add(ranked.apply(row, rank).apply(ranges.range(lo(row, value, lower), hi(row, value, upper))));
            previous = v;
            previousRank = rank;
        }
        return out;
    }

    private static <T> BigDecimal lo(T row, Function<T, BigDecimal> value, Function<T, BigDecimal> lower) {
        BigDecimal lo = lower.apply(row);
        return lo == null ? value.apply(row) : lo;
    }

    private static <T> BigDecimal hi(T row, Function<T, BigDecimal> value, Function<T, BigDecimal> upper) {
        BigDecimal hi = upper.apply(row);
        return hi == null ? value.apply(row) : hi;
    }

    /** The range of a ranked unit with bounds {@code lo}..{@code hi} (itself among the bounds). */
    RankRange range(BigDecimal lo, BigDecimal hi) {
        int best = 1 + countAbove(lows, hi);
        // the unit's own upper bound is above its lower bound unless the interval is a point
        int self = hi.compareTo(lo) > 0 ? 1 : 0;
        int worst = 1 + countAbove(highs, lo) - self;
        return RankRange.of(best, Math.max(best, worst));
    }

    /** How many of the sorted values are strictly greater than {@code x}. */
    private static int countAbove(BigDecimal[] sorted, BigDecimal x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(x) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return sorted.length - low;
    }
}
