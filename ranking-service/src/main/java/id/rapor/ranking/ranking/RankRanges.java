package id.rapor.ranking.ranking;

import id.rapor.ranking.ranking.RankingDtos.RankRange;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The ranks a unit could hold given every ranked unit's interval [lo, hi] (a value without an interval is [v, v]):
 * best = 1 + units certainly above (lo' &gt; hi), worst = 1 + other units possibly above (hi' &gt; lo). Two units whose
 * intervals overlap can swap places, so their ranges overlap. Sorted bounds and binary search: O(n log n).
 */
final class RankRanges {

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
