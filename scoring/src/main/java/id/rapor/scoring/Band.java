package id.rapor.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a grade table: a value at or above {@code lowerBound} (and below the next band's bound) gets
 * this band's code, label and zone ({@code HIJAU}, {@code KUNING}, {@code MERAH}, or null when the band has
 * no zone).
 */
public record Band(BigDecimal lowerBound, String code, String label, String zone) {

    public Band {
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(code, "code");
    }
}
