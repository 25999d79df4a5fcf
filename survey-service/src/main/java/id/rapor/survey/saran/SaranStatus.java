package id.rapor.survey.saran;

import id.rapor.platform.error.ProblemException;
import java.util.Locale;

/** Where a saran/kritik stands: baru → ditindaklanjuti → selesai, one step at a time, never back. */
public enum SaranStatus {
    BARU,
    DITINDAKLANJUTI,
    SELESAI;

    /** The status named by {@code text} (any case); 400 naming {@code field} otherwise. */
    public static SaranStatus parse(String text, String field) {
        if (text != null) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // falls through to the named refusal
            }
        }
        throw ProblemException.badRequest(field, "must be baru, ditindaklanjuti or selesai");
    }

    /** The one status this one may move to, or null at the end. */
    public SaranStatus next() {
        return switch (this) {
            case BARU -> DITINDAKLANJUTI;
            case DITINDAKLANJUTI -> SELESAI;
            case SELESAI -> null;
        };
    }

    /** The lower-case name used in the API. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
