package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.rapor.scoring.Band;
import id.rapor.scoring.BandTable;
import id.rapor.scoring.Grading;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the producer grades its index, carried in its events so consumers show the producer's band and grade
 * roll-ups of that index with the same table: the regulation (or instrument version) the table belongs to, the
 * decimals the value is rounded to, whether the table is confirmed by its sources, and the bands. A projection of
 * the producer's one authored table, never a second authored copy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GradeScale(String regulation, int decimals, boolean confirmed, List<BandRow> bands) {

    /** One band: values at or above {@code lowerBound} (after rounding) get its code, label and zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BandRow(BigDecimal lowerBound, String code, String label, String zone) {}

    /** The scale of a table of scoring bands. */
    public static GradeScale of(String regulation, int decimals, boolean confirmed, List<Band> bands) {
        return new GradeScale(
                regulation,
                decimals,
                confirmed,
                bands == null
                        ? List.of()
                        : bands.stream()
                                .map(b -> new BandRow(b.lowerBound(), b.code(), b.label(), b.zone()))
                                .toList());
    }

    /** The grading rule of this scale: round to {@link #decimals()}, then classify (no band without bands). */
    public Grading grading() {
        return new Grading(
                decimals,
                bands == null || bands.isEmpty()
                        ? null
                        : BandTable.of(bands.stream()
                                .map(b -> new Band(b.lowerBound(), b.code(), b.label(), b.zone()))
                                .toList()));
    }
}
