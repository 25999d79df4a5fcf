package id.rapor.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A grade table: bands with inclusive lower bounds. Classifying a value picks the band with the highest lower
 * bound not above it, so tables with gaps in their published ranges (SKM 2017's 2.5996 &lt; x &lt; 2.60) are
 * classified by thresholds instead.
 */
public final class BandTable {

    private final List<Band> bandsDescending;

    private BandTable(List<Band> bands) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(Band::lowerBound).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).lowerBound().compareTo(sorted.get(i - 1).lowerBound()) == 0) {
                throw new IllegalArgumentException(
                        "two bands share the lower bound " + sorted.get(i).lowerBound());
            }
        }
        this.bandsDescending = List.copyOf(sorted);
    }

    /** A table of the given bands, in any order; at least one band, no two with the same lower bound. */
    public static BandTable of(List<Band> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new IllegalArgumentException("a band table needs at least one band");
        }
        return new BandTable(bands);
    }

    /** The band of {@code value}, or empty when the value lies below the lowest band. */
    public Optional<Band> classify(BigDecimal value) {
        for (Band band : bandsDescending) {
            if (value.compareTo(band.lowerBound()) >= 0) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /**
     * The bands a value between {@code lower} and {@code upper} (inclusive) could fall in, highest first: more than
     * one when an interval straddles a cut-off.
     */
    public List<Band> bandsBetween(BigDecimal lower, BigDecimal upper) {
        List<Band> found = new ArrayList<>();
        BigDecimal ceiling = null;
        for (Band band : bandsDescending) {
            // band covers [lowerBound, ceiling)
            boolean reachesUp = band.lowerBound().compareTo(upper) <= 0;
            boolean reachesDown = ceiling == null || ceiling.compareTo(lower) > 0;
            if (reachesUp && reachesDown) {
                found.add(band);
            }
            ceiling = band.lowerBound();
        }
        return found;
    }

    /** The bands from the highest lower bound down. */
    public List<Band> bands() {
        return bandsDescending;
    }
}
