package id.rapor.survey.followup;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import java.util.List;
import java.util.Locale;

/** Where a follow-up plan stands: rencana → berjalan → selesai, one step at a time, never back. */
public enum PlanStatus {
    RENCANA,
    BERJALAN,
    SELESAI;

    /** The status named by {@code text} (any case); 400 naming {@code field} otherwise. */
    public static PlanStatus parse(String text, String field) {
        if (text != null) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // falls through to the named refusal
            }
        }
        throw ProblemException.badRequest(field, "must be rencana, berjalan or selesai");
    }

    /** The one status this one may move to, or null at the end. */
    public PlanStatus next() {
        return switch (this) {
            case RENCANA -> BERJALAN;
            case BERJALAN -> SELESAI;
            case SELESAI -> null;
        };
    }

    /** 409 naming {@code status} unless {@code target} is the next step from this one. */
    public void requireStep(PlanStatus target, String what) {
        if (next() == target) {
            return;
        }
        String detail = what + " is " + text() + "; "
                + (next() == null ? "it is finished" : "it can only move to " + next().text())
                + ", not to " + target.text();
        throw new ProblemException(
                409, "conflict", "Conflict", detail, List.of(new Problem.FieldError("status", detail)));
    }

    /** The lower-case name used in the API. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
