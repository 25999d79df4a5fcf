package id.rapor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a value rests only on confirmed sources: {@code confirmed} is false when any input (a weight, a cut-off,
 * a zone mapping, a rubric text) is not confirmed by the domain reference, and {@code reasons} names each one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Basis(boolean confirmed, List<String> reasons) {

    /** A basis with nothing unconfirmed. */
    public static final Basis CONFIRMED = new Basis(true, List.of());

    public Basis {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The basis of a value built on inputs with these unconfirmed parts (sorted, duplicates once). */
    public static Basis of(Collection<String> unconfirmed) {
        if (unconfirmed == null || unconfirmed.isEmpty()) {
            return CONFIRMED;
        }
        return new Basis(false, List.copyOf(new TreeSet<>(unconfirmed)));
    }

    /** The basis of a value built on both this and {@code other}. */
    public Basis and(Basis other) {
        if (other == null || other.confirmed && other.reasons.isEmpty()) {
            return this;
        }
        TreeSet<String> all = new TreeSet<>(reasons);
        all.addAll(other.reasons);
        return new Basis(confirmed && other.confirmed && all.isEmpty(), List.copyOf(all));
    }
}
