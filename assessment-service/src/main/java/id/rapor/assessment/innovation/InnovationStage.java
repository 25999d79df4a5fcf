package id.rapor.assessment.innovation;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import java.util.List;
import java.util.Locale;

/**
 * Where an innovation stands: inisiatif → uji coba → penerapan, one step at a time, never back (INSTRUMENTS-ADDENDUM
 * §5.4; the trial and implementation dates of Pemda innovation profiles, §5.3). Replication is not a stage: it is an
 * innovation of another unit naming the one it replicates.
 */
public enum InnovationStage {
    INISIATIF,
    UJI_COBA,
    PENERAPAN;

    /** The stage named by {@code text} (any case, {@code uji coba} or {@code uji_coba}); 400 naming {@code field}. */
    public static InnovationStage parse(String text, String field) {
        if (text != null) {
            try {
                return valueOf(text.trim().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // falls through to the named refusal
            }
        }
        throw ProblemException.badRequest(field, "must be inisiatif, uji_coba or penerapan");
    }

    /** The one stage this one may move to, or null at the end. */
    public InnovationStage next() {
        return switch (this) {
            case INISIATIF -> UJI_COBA;
            case UJI_COBA -> PENERAPAN;
            case PENERAPAN -> null;
        };
    }

    /** 409 naming {@code stage} unless {@code target} is this stage (no move) or the next one. */
    public void requireStepOrStay(InnovationStage target, String what) {
        if (target == this || next() == target) {
            return;
        }
        String detail = what + " is at " + text() + "; "
                + (next() == null ? "it is already in penerapan" : "it can only move to " + next().text())
                + ", not to " + target.text();
        throw new ProblemException(
                409, "conflict", "Conflict", detail, List.of(new Problem.FieldError("stage", detail)));
    }

    /** The lower-case name used in the API. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
