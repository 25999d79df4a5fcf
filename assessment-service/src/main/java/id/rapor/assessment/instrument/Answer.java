package id.rapor.assessment.instrument;

import java.math.BigDecimal;
import java.util.Map;

/** A raw answer to one indicator: a value (rubric level, yes/no, number, count) or named parts (checklist, target, years). */
public record Answer(BigDecimal value, Map<String, BigDecimal> parts) {

    /** A plain value without parts. */
    public static Answer of(BigDecimal value) {
        return new Answer(value, null);
    }

    public boolean hasParts() {
        return parts != null && !parts.isEmpty();
    }
}
