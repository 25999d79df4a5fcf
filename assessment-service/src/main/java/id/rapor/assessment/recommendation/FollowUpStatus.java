package id.rapor.assessment.recommendation;

import id.rapor.platform.error.Problem;
import id.rapor.platform.error.ProblemException;
import java.util.List;
import java.util.Locale;

/** Where the follow-up of a recommendation stands: belum → proses → selesai, one step at a time, never back. */
public enum FollowUpStatus {
    BELUM,
    PROSES,
    SELESAI;

    /** The status named by {@code text} (any case); 400 naming {@code field} otherwise. */
    public static FollowUpStatus parse(String text, String field) {
        if (text != null) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // falls through to the named refusal
            }
        }
        throw ProblemException.badRequest(field, "must be belum, proses or selesai");
    }

    /** The one status this one may move to, or null at the end. */
    public FollowUpStatus next() {
        return switch (this) {
            case BELUM -> PROSES;
            case PROSES -> SELESAI;
            case SELESAI -> null;
        };
    }

    /** 409 naming {@code status} unless {@code target} is this status (no move) or the next step. */
    public void requireStepOrStay(FollowUpStatus target, String what) {
        if (target == this && this != SELESAI || next() == target) {
            return;
        }
        String detail = what + " is " + text() + "; "
                + (next() == null ? "its follow-up is finished" : "it can only move to " + next().text())
                + ", not to " + target.text();
        throw new ProblemException(
                409, "conflict", "Conflict", detail, List.of(new Problem.FieldError("status", detail)));
    }

    /** The lower-case name used in the API. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
